#!/usr/bin/env bash
# Load run of issue 5, item 11: builds the synthetic dataset into a fresh data folder (as the seed of an empty
# graph), starts the API on 127.0.0.1, and runs wrk at concurrency 16 against three scenarios.
# Usage: benchmarks/load/run.sh [seconds per scenario, default 20]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-20}"
work="${LOAD_WORK:-/tmp/graphexplorer-load}"
port="${LOAD_PORT:-5088}"
rm -rf "$work" && mkdir -p "$work/cypher/seed" "$work/data"
cp "$root/cypher/schema.cypher" "$work/cypher/schema.cypher"
cp "$here/dataset.cypher" "$work/cypher/seed/001_load.cypher"

dotnet build "$root/src/GraphExplorer.Api/GraphExplorer.Api.csproj" -c Release --artifacts-path /tmp/art-load -p:SkipBananaCakePop=true >/dev/null
GraphExplorer__DataDirectory="$work/data" GraphExplorer__CypherDirectory="$work/cypher" ASPNETCORE_ENVIRONMENT=Production \
  Serilog__MinimumLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet /tmp/art-load/bin/GraphExplorer.Api/release/GraphExplorer.Api.dll >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
start=$(date +%s)
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
  kill -0 $api 2>/dev/null || { cat "$work/api.log"; exit 1; }
  sleep 1
done
echo "dataset loaded and API up in $(( $(date +%s) - start )) s"

probe=$(curl -s -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$port/graphql" -d '{"query":"{ node(id: \"T2ZmaWNpYWw6b2ZmaWNpYWwtbG9hZC0x\") { id } }"}')
mode=node; case "$probe" in *'"errors"'*) mode=neighborhood0;; esac
python3 "$here/bodies.py" "$work" "$mode"
for scenario in node encounters neighborhood2; do
  first=$(head -1 "$work/$scenario.jsonl")
  answer=$(curl -s -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$port/graphql" -d "$first")
  case "$answer" in *'"errors"'*) echo "$scenario answers with errors: ${answer:0:300}";; esac
  BODIES="$work/$scenario.jsonl" wrk -t2 -c16 -d5s -s "$here/post.lua" "http://127.0.0.1:$port/graphql" >/dev/null
  echo -n "$scenario ($mode for node): "
  BODIES="$work/$scenario.jsonl" wrk -t2 -c16 -d"${seconds}s" -s "$here/post.lua" "http://127.0.0.1:$port/graphql" | tail -1
done
