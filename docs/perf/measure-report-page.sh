#!/usr/bin/env bash
# Measures the report page as docs/performance.md describes. Needs a running OmicsReports (Release, not Development)
# over a database with the demo patients, Debian's wrk, and the demo oncologist's password.
#   usage: docs/perf/measure-report-page.sh http://127.0.0.1:5538 <case-id> <demo-password> [app-pid]
set -euo pipefail
base=$1; case_id=$2; password=$3; pid=${4:-}
here="$(cd "$(dirname "$0")" && pwd)"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
url="$base/patients/$case_id/reports/1"

. "$here/demo-sign-in.sh"
cookie=$(omics_perf_sign_in "$base" "$password" "$jar")

echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 200); do curl -s -o /dev/null -H "Cookie: $cookie" "$url"; done   # warm-up (JIT, caches)

if [ -n "$pid" ]; then
  ticks() { awk '{print $14+$15}' "/proc/$pid/stat"; }
  before=$(ticks); start=$(date +%s%N)
  for _ in $(seq 1 500); do curl -s -o /dev/null -H "Cookie: $cookie" "$url"; done
  after=$(ticks); end=$(date +%s%N)
  echo "== sequential: 500 requests, app CPU $(( (after - before) * 1000 / $(getconf CLK_TCK) / 500 )) ms/request," \
       "wall $(( (end - start) / 1000000 / 500 )) ms/request (curl included)"
fi

echo "== 50 users, 1 s reading time between requests, 60 s"
THINK_MS=1000 wrk -t1 -c50 -d60s -s "$here/report-think-time.lua" -H "Cookie: $cookie" "$url"
echo "== 50 connections without pause (saturation), 60 s"
THINK_MS=0 wrk -t1 -c50 -d60s -s "$here/report-think-time.lua" -H "Cookie: $cookie" "$url"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
