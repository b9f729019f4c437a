-- wrk script of compare.sh: POSTs the GraphQL bodies in the file named by BODIES (one JSON body a line), each
-- thread walking through them in turn, and prints one tab-separated line: requests/s, p50 ms, p99 ms, requests,
-- socket errors + non-2xx responses.
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local index = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

request = function()
  index = index % #bodies + 1
  return wrk.format(nil, "/graphql", nil, bodies[index])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT\t%.0f\t%.2f\t%.2f\t%d\t%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors))
end
