-- wrk script for docs/perf/measure-overload.sh: like report-think-time.lua (THINK_MS of reading between requests,
-- 0 for none), but counts the answers by kind, so that deliberate 503s (load shed) are told apart from failures,
-- and reports the throughput of pages served (200) as well as of all answers.
local think = tonumber(os.getenv("THINK_MS") or "1000")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, shed, other = 0, 0, 0
end

function delay()
  return think
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 elseif status == 503 then shed = shed + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local served, refused, odd = 0, 0, 0
  for _, t in ipairs(threads) do
    served = served + t:get("ok"); refused = refused + t:get("shed"); odd = odd + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("answers %d: 200 %d, 503 (shed) %d, other status %d; socket errors connect %d read %d write %d, timeouts %d\n",
    summary.requests, served, refused, odd, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms, mean %.1f ms; %.1f answers/s, %.1f pages served/s\n", latency.max / 1000,
    latency.mean / 1000, summary.requests / seconds, served / seconds))
end
