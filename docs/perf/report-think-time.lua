-- wrk script: each connection is one user who opens the report, reads it for THINK_MS milliseconds (default
-- 1000; 0 means no pause), and opens it again. Prints the percentiles the speed budget names (p95 among them,
-- which wrk's --latency table omits). Used by docs/perf/measure-report-page.sh.
-- THINK_JITTER_MS (default 0) spreads each pause uniformly over THINK_MS +/- that much: with a fixed pause, users
-- whose requests once queued together stay in step for the rest of the run (see docs/performance.md, "Report page").
local think = tonumber(os.getenv("THINK_MS") or "1000")
local jitter = tonumber(os.getenv("THINK_JITTER_MS") or "0")

function init(args)
  math.randomseed(os.time())
end

function delay()
  if jitter > 0 then
    return math.max(0, think + math.random(-jitter, jitter))
  end
  return think
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d, timeout %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms, mean %.1f ms, %.1f requests/s\n", latency.max / 1000, latency.mean / 1000,
    summary.requests / (summary.duration / 1e6)))
end
