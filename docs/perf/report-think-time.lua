-- wrk script: each connection is one user who opens the report, reads it for THINK_MS milliseconds (default
-- 1000), and opens it again. Used by the report-page measurement in docs/performance.md.
local think = tonumber(os.getenv("THINK_MS") or "1000")

function delay()
  return think
end
