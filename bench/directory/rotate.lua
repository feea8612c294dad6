-- wrk script: each request is the next path of the file in PATHS (one path a line), round and round.
-- At the end it prints one line that run.sh reads: requests, errors and latency percentiles in microseconds.

local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  paths[#paths + 1] = line
end
local next_index = 0

request = function()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f errors=%d non2xx=%d p50=%d p90=%d p99=%d p999=%d max=%d\n",
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max))
end
