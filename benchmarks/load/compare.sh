#!/usr/bin/env bash
# Load run of issue 13, item 7: GraphExplorer on the benchmark dataset beside a bare GraphQL.NET server that answers
# the same request bodies from in-memory maps (benchmarks/GraphExplorer.BareServer), in one run, per workload
# (workloads/<name>.graphql + workloads/variables.py). See README.md.
# Usage: benchmarks/load/compare.sh [all|first30]     (default all: the table, then the first-30-s run)
# Environment: LOAD_DATA=<prepared data folder to copy> (else generate + import), LOAD_DATASET=<generated JSON>
# (else generated), LOAD_WORK (scratch, default /tmp/graphexplorer-compare), LOAD_LOG_LEVEL (Serilog default level
# of the API; unset = the API's default configuration), LOAD_WORKLOADS="w1-node-3-hops typename …" (default all),
# LOAD_WARMUP / LOAD_SECONDS (default 3 / 10), LOAD_API_PORT / LOAD_BARE_PORT (5088 / 5099), LOAD_READY_TO_RUN=1 (publish
# the API with ReadyToRun code instead of building it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mode="${1:-all}"
work="${LOAD_WORK:-/tmp/graphexplorer-compare}"
art="$work/art"
api_port="${LOAD_API_PORT:-5088}"
bare_port="${LOAD_BARE_PORT:-5099}"
warmup="${LOAD_WARMUP:-3}"
seconds="${LOAD_SECONDS:-10}"
api_url="http://127.0.0.1:$api_port"
bare_url="http://127.0.0.1:$bare_port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$work" && rm -rf "$work/data" "$work"/*.jsonl
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

echo "== build (Release)" >&2
for project in src/GraphExplorer.Api src/GraphExplorer.Cli benchmarks/GraphExplorer.BareServer; do
  dotnet build "$root/$project" -c Release --artifacts-path "$art" -p:SkipBananaCakePop=true -v q -nologo >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; exit 1; }
done
cli=(dotnet "$art/bin/GraphExplorer.Cli/release/graphexplorer.dll" --cypher-dir "$root/cypher")
api_dir="$art/bin/GraphExplorer.Api/release"
if [ "${LOAD_READY_TO_RUN:-0}" = 1 ]; then
  # The API as production would deploy it: published with ReadyToRun code, so start-up runs little JIT.
  echo "== publish the API with ReadyToRun" >&2
  dotnet publish "$root/src/GraphExplorer.Api" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -p:SkipBananaCakePop=true --artifacts-path "$art" -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  api_dir="$art/publish/GraphExplorer.Api/release_linux-x64"
fi

dataset="${LOAD_DATASET:-$work/benchmark.json}"
if [ ! -f "$dataset" ]; then
  echo "== generate --size benchmark" >&2
  "${cli[@]}" --data-dir "$work/generate-data" generate --size benchmark --out "$dataset" >&2
fi

# The bare server loads the JSON into memory; it starts first because that takes a while on a busy machine.
dotnet "$art/bin/GraphExplorer.BareServer/release/GraphExplorer.BareServer.dll" --dataset "$dataset" --urls "$bare_url" >"$work/bare.log" 2>&1 &
pids+=($!)

if [ -n "${LOAD_DATA:-}" ]; then
  echo "== copy $LOAD_DATA" >&2
  cp -r "$LOAD_DATA" "$work/data" && rm -f "$work/data/graph.lock"
else
  echo "== import into a fresh data folder" >&2
  "${cli[@]}" --data-dir "$work/data" import "$dataset" >&2
fi

start_api() {
  local env=(GraphExplorer__DataDirectory="$work/data" GraphExplorer__CypherDirectory="$root/cypher"
             ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$api_url")
  [ -n "${LOAD_LOG_LEVEL:-}" ] && env+=(Serilog__MinimumLevel__Default="$LOAD_LOG_LEVEL")
  started_ns=$(date +%s%N)
  # From its output folder, so the API reads its own appsettings.json (the content root is the working directory).
  (cd "$api_dir" && exec env "${env[@]}" dotnet GraphExplorer.Api.dll) >"$work/api.log" 2>&1 &
  api_pid=$!
  pids+=($api_pid)
}

# Waits until the server's readiness answers 200 (/health/ready, or /health where there is no such path); prints ms.
wait_ready() {
  local url=$1 pid=$2 since=$3 code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready" || true)
    [ "$code" = 404 ] && code=$(curl -s -o /dev/null -w '%{http_code}' "$url/health" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "server stopped:" >&2; tail -20 "$work/api.log" "$work/bare.log" >&2; exit 1; }
    sleep 0.1
  done
  echo $(( ($(date +%s%N) - since) / 1000000 ))
}

# Waits until the server answers a GraphQL question that reads the graph (the store is open and Kestrel listens); prints ms.
wait_answer() {
  local url=$1 pid=$2 since=$3 code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' "$url/graphql" \
      --data-binary '{"query":"{ officials(first: 1) { nodes { id } } }"}' || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "server stopped:" >&2; tail -20 "$work/api.log" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - since) / 1000000 ))
}

# Sends the first body once; prints ms to the answer, and the answer's errors if any.
probe() {
  local url=$1 body=$2 since answer
  since=$(date +%s%N)
  answer=$(curl -s -X POST -H 'Content-Type: application/json' "$url/graphql" --data-binary "$body")
  case "$answer" in *'"errors"'*) echo "  errors from $url: ${answer:0:300}" >&2;; esac
  echo $(( ($(date +%s%N) - since) / 1000000 ))
}

# wrk against one server with the bodies of one workload: prints "req/s p50 p99 requests errors".
measure() {
  local url=$1 bodies=$2 duration=$3
  BODIES="$bodies" wrk -t2 -c16 -d"${duration}s" --timeout 10s -s "$here/wrk.lua" "$url/graphql" | awk -F'\t' '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

machine() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC')"
  local commit
  commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null && { git -C "$root" diff --quiet HEAD || echo ' (with local changes)'; } || echo "${LOAD_COMMIT:-unknown}")
  echo "GraphExplorer $(echo $commit); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

start_api
api_answer=$(wait_answer "$api_url" "$api_pid" "$started_ns")
api_ready=$(wait_ready "$api_url" "$api_pid" "$started_ns")
echo "== API answering after $api_answer ms, ready after $api_ready ms" >&2
bare_since=$(date +%s%N)
wait_ready "$bare_url" "${pids[0]}" "$bare_since" >/dev/null
python3 "$here/workloads/variables.py" "$dataset" "$api_url" "$work" api
python3 "$here/workloads/variables.py" "$dataset" "$bare_url" "$work" bare
workloads="${LOAD_WORKLOADS:-w1-node-3-hops w2-officials-nested typename deep-page search encounters-country neighborhood paths}"

if [ "$mode" = all ]; then
  machine
  echo "wrk -t2 -c16, ${warmup} s warm-up then ${seconds} s measured, per workload and server; API log level: ${LOAD_LOG_LEVEL:-default configuration}"
  echo
  echo "| workload | GraphExplorer req/s | p50 ms | p99 ms | errors | bare req/s | bare p50 ms | bare p99 ms | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for w in $workloads; do
    single=$(probe "$api_url" "$(head -1 "$work/$w.api.jsonl")")
    probe "$bare_url" "$(head -1 "$work/$w.bare.jsonl")" >/dev/null
    measure "$api_url" "$work/$w.api.jsonl" "$warmup" >/dev/null
    read -r a_rps a_p50 a_p99 _ a_err <<<"$(measure "$api_url" "$work/$w.api.jsonl" "$seconds")"
    measure "$bare_url" "$work/$w.bare.jsonl" "$warmup" >/dev/null
    read -r b_rps b_p50 b_p99 _ _ <<<"$(measure "$bare_url" "$work/$w.bare.jsonl" "$seconds")"
    ratio=$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
    echo "| $w (first single request $single ms) | $a_rps | $a_p50 | $a_p99 | $a_err | $b_rps | $b_p50 | $b_p99 | $ratio |"
  done
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# First 30 s: a fresh API process, W1 from the moment readiness answers, p99 per 10 s window.
if [ "$mode" = all ] || [ "$mode" = first30 ]; then
  kill "$api_pid" && wait "$api_pid" 2>/dev/null || true
  start_api
  answer=$(wait_answer "$api_url" "$api_pid" "$started_ns")
  ready=$(wait_ready "$api_url" "$api_pid" "$started_ns")
  first=$(probe "$api_url" "$(head -1 "$work/w1-node-3-hops.api.jsonl")")
  echo
  machine
  echo "First 30 s after start (W1, wrk -t2 -c16, three back-to-back 10 s runs): first answer (a page of officials) after $answer ms, ready after $ready ms, first W1 answer $first ms later"
  echo
  echo "| window | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---|---|---|"
  for window in 0-10 10-20 20-30; do
    read -r rps p50 p99 _ err <<<"$(measure "$api_url" "$work/w1-node-3-hops.api.jsonl" 10)"
    echo "| ${window} s | $rps | $p50 | $p99 | $err |"
  done
fi
