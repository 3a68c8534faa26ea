-- wrk script for docs/perf/measure-overload.sh: like report-think-time.lua (THINK_MS of reading between requests,
-- 0 for none), but counts the answers by kind, so that deliberate 503s (load shed) are told apart from failures,
-- and reports the throughput of pages served (200) as well as of all answers.
--
-- START_SPREAD_MS (default 0) lets the users arrive one after another, evenly over that many milliseconds, instead of
-- all in the first millisecond as wrk opens its connections; with a fixed reading time, users who start together stay
-- in step. USERS and THREADS must then repeat wrk's -c and -t (wrk tells the script neither). The first delay of each
-- connection is its arrival; wrk measures latency from the moment a request is written, so arrivals are not counted
-- in it. The first USERS / THREADS delays of a thread are its connections' arrivals: wrk opens them all at the start,
-- before any answer comes back.
local think = tonumber(os.getenv("THINK_MS") or "1000")
local spread = tonumber(os.getenv("START_SPREAD_MS") or "0")
local users = tonumber(os.getenv("USERS") or "0")
local thread_count = tonumber(os.getenv("THREADS") or "0")
local threads = {}

if spread > 0 and (users < 1 or thread_count < 1) then
  error("START_SPREAD_MS needs USERS and THREADS (wrk's -c and -t)")
end

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

function init(args)
  ok, shed, other = 0, 0, 0
  arrivals = 0
end

function delay()
  if spread > 0 and arrivals < users / thread_count then
    -- user number arrivals * thread_count + thread_index of 0 .. users - 1
    local user = arrivals * thread_count + thread_index
    arrivals = arrivals + 1
    return math.floor(user * spread / users)
  end
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
