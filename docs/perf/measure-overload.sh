#!/usr/bin/env bash
# Issue 17 figures (docs/performance.md, "Report page under overload"): the 500-variant report page (DEMO-S6-UEC,
# version 1) signed in as the demo oncologist, with wrk on loopback:
#   50 users with 1 s of reading time, arriving one after another over the first second (think50) and all in the
#   same millisecond (think50-together); 50 connections without pause; 200 connections without pause (60 s each).
# Starts the Release app itself: once in Development to seed the demo patients, then in Staging at nice -n -10, on
#   docs/perf/measure-overload.sh sqlite      a fresh SQLite file in a temporary data folder
#   docs/perf/measure-overload.sh postgres    the private cluster of scripts/lib/common.sh (OMICS_PG_PORT), max_connections 100
# Environment: OMICS_PERF_PORT (web port, default 5610), OMICS_PERF_SECONDS (default 60), OMICS_PERF_RUNS (which runs,
# default "think50 think50-together flat50 flat200"), and any app setting as usual (Omics__Load__MaxConcurrentRequests=...).
# Build first: dotnet build -c Release src/OmicsReports.Web
set -euo pipefail
. "$(dirname "$0")/../../scripts/lib/common.sh"
cd "$OMICS_ROOT"
provider=${1:?sqlite or postgres}
port=${OMICS_PERF_PORT:-5610}
seconds=${OMICS_PERF_SECONDS:-60}
runs=${OMICS_PERF_RUNS:-think50 think50-together flat50 flat200}
here="$OMICS_ROOT/docs/perf"
web="$OMICS_ROOT/src/OmicsReports.Web/bin/Release/net10.0/OmicsReports.Web.dll"
base="http://127.0.0.1:$port"
password="perf-demo-password-1"
data="$(mktemp -d /tmp/omics-overload-XXXXXX)"
jar="$data/cookies"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  if [ "$provider" = postgres ]; then omics_psql -c "DROP DATABASE IF EXISTS omics_overload WITH (FORCE)" >/dev/null 2>&1 || true; omics_pg_stop; fi
  rm -rf "$data"
}
trap cleanup EXIT

export OMICS_DATA="$data" OMICS_URLS="$base" Omics__Demo__Password="$password"
if [ "$provider" = postgres ]; then
  omics_pg_start
  omics_psql -c "SHOW max_connections"
  omics_psql -c "DROP DATABASE IF EXISTS omics_overload WITH (FORCE)" >/dev/null
  omics_pg_create_db omics_overload
  export Omics__Database__Provider=PostgreSQL
  export ConnectionStrings__Omics="$(omics_connection_string omics_overload)"
else
  export Omics__Database__Provider=Sqlite
fi

wait_up() { for _ in $(seq 1 900); do curl -sf -o /dev/null "$base/Account/Login" && return 0; sleep 1; done; echo "app did not start" >&2; exit 1; }
say "Seeding the demo patients (Development start)"
ASPNETCORE_ENVIRONMENT=Development Omics__Demo__Seed=true dotnet "$web" > "$data/seed.log" 2>&1 & app_pid=$!
wait_up; kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
say "Serving in Staging at nice -n -10"
ASPNETCORE_ENVIRONMENT=Staging nice -n -10 dotnet "$web" > "$data/app.log" 2>&1 & app_pid=$!
wait_up

if [ "$provider" = postgres ]; then
  case_id=$(omics_psql -d omics_overload -c "SELECT \"Id\" FROM cases WHERE \"SampleId\" = 'DEMO-S6-UEC'")
else
  case_id=$(sqlite3 "$data/omics.db" "SELECT Id FROM cases WHERE SampleId = 'DEMO-S6-UEC'")
fi
[ -n "$case_id" ] || { echo "DEMO-S6-UEC is not in the database" >&2; exit 1; }
url="$base/patients/$case_id/reports/1"

. "$here/demo-sign-in.sh"
cookie=$(omics_perf_sign_in "$base" "$password" "$jar")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url")" = 200 ] || { echo "the report page is not 200" >&2; exit 1; }
echo "== $provider, $(git rev-parse --short HEAD), HTML per view $(curl -s -H "Cookie: $cookie" "$url" | wc -c) bytes, $(nproc) cores"
for _ in $(seq 1 300); do curl -s -o /dev/null -H "Cookie: $cookie" "$url"; done   # warm-up (JIT tiers, caches)
# ... and 10 s of 50 connections without pause (about 2,500 views), so the code paths that only run concurrently are
# compiled and the collector has sized its heaps before anything is measured (docs/performance.md, "Warm-up").
THINK_MS=0 wrk -t2 -c50 -d10s -s "$here/overload.lua" -H "Cookie: $cookie" "$url" > /dev/null
sleep 5

for run in $runs; do
  spread=0
  case "$run" in
    think50) think=1000; connections=50; spread=1000 ;;
    think50-together) think=1000; connections=50 ;;
    flat50) think=0; connections=50 ;;
    flat200) think=0; connections=200 ;;
    *) echo "unknown run $run" >&2; exit 1 ;;
  esac
  echo "== $run: $connections connections, ${think} ms reading time, arriving over ${spread} ms, ${seconds} s; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  START_SPREAD_MS=$spread USERS=$connections THREADS=2 THINK_MS=$think wrk -t2 -c"$connections" -d"${seconds}s" -s "$here/overload.lua" -H "Cookie: $cookie" "$url" | sed -n '/^answers/,$p'
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg); app RSS $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$app_pid/status)"
done
if [ "$provider" = postgres ]; then
  echo "== PostgreSQL errors in the app log: $(grep -c '53300\|remaining connection slots' "$data/app.log" || true) connection-slot errors"
fi
echo "== app log warnings and errors: $(grep -cE '^(warn|fail|crit)' "$data/app.log" || true)"
