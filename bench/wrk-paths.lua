-- wrk script for the bench (bench/wrk.ts): requests the paths listed one a line in the file
-- WRK_PATHS, thread i taking lines i, i + n, i + 2n, … (n = WRK_THREADS), so a list of
-- never-seen searches is never asked twice until it runs out, and prints one JSON line with
-- the latency percentiles, errors and non-2xx/3xx answers when done.
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local paths = {}
local index = 0
local stride = 1

function init(args)
  for line in io.lines(os.getenv("WRK_PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  stride = tonumber(os.getenv("WRK_THREADS")) or 1
  index = id
end

function request()
  local path = paths[(index % #paths) + 1]
  index = index + stride
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"durationUs":%d,"requests":%d,"bytes":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"timeouts":%d,"non2xx3xx":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"p999Us":%d,"maxUs":%d,"meanUs":%.1f}\n',
    summary.duration, summary.requests, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean))
end
