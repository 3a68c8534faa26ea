#!/usr/bin/env bash
# Holds live Blazor circuits on one node and records the app's memory and CPU, as docs/performance.md
# ("Live circuits") describes: a Release build in Development with the demo patients on SQLite, served at
# nice -10 from a throwaway data folder, driven by tests/OmicsReports.CircuitLoad: headless Chromium pages
# (client "chromium") or the .NET client that speaks the Blazor Server protocol over SignalR (client "protocol").
#   usage: docs/perf/measure-circuits.sh [circuits=200] [seconds=600] [browsers=4] [port=5630] [ramp-up seconds=60]
#          [client=chromium|protocol] [settle seconds=0]   (browsers is ignored by the protocol client)
# The settle time follows the ramp-up: the circuits already work, but memory growth is measured over the following
# seconds only (the collector sizes its heaps for the load in the first minutes).
# Writes under .omics/circuits-<time>/: app.log, samples.csv (driver: RSS, CPU share, live circuits every 10 s),
# counters.csv (dotnet-counters: GC heap, working set every 10 s) and driver.log with the summary.
# Exit code: the driver's (0 = no error), or 1 when the app logged an error.
set -euo pipefail
circuits=${1:-200}; seconds=${2:-600}; browsers=${3:-4}; port=${4:-5630}; ramp=${5:-60}; client=${6:-chromium}; settle=${7:-0}
case "$client" in chromium|protocol) ;; *) echo "client must be chromium or protocol, not '$client'" >&2; exit 2 ;; esac
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/.omics/circuits-$client-$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$out/data"
password="circuits-demo-password-1"
cd "$root"
dotnet tool restore >/dev/null
dotnet build src/OmicsReports.Web -c Release -nologo -clp:ErrorsOnly -v:q
dotnet build tests/OmicsReports.CircuitLoad -c Release -nologo -clp:ErrorsOnly -v:q

app_pid=""; counters_pid=""
cleanup() {
  [ -n "$counters_pid" ] && kill "$counters_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
}
trap cleanup EXIT

(cd src/OmicsReports.Web && ASPNETCORE_ENVIRONMENT=Development OMICS_DATA="$out/data" OMICS_URLS="http://127.0.0.1:$port" \
  Omics__Database__Provider=Sqlite Omics__Demo__Seed=true Omics__Demo__Password="$password" \
  exec nice -n -10 dotnet bin/Release/net10.0/OmicsReports.Web.dll) > "$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/Account/Login" && break
  kill -0 "$app_pid" || { cat "$out/app.log"; exit 1; }
  sleep 1
done

dotnet dotnet-counters collect -p "$app_pid" --refresh-interval 10 --format csv -o "$out/counters.csv" \
  --counters System.Runtime > /dev/null 2>&1 &
counters_pid=$!

echo "== client $client, $circuits circuits, ${seconds}s after a ${ramp}s ramp-up and ${settle}s to settle; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/driver.log"
status=0
nice -n -10 dotnet tests/OmicsReports.CircuitLoad/bin/Release/net10.0/OmicsReports.CircuitLoad.dll \
  --base "http://127.0.0.1:$port" --password "$password" --client "$client" --circuits "$circuits" --seconds "$seconds" \
  --browsers "$browsers" --ramp "$ramp" --settle "$settle" --app-pid "$app_pid" --samples "$out/samples.csv" --shots "$out/shots" 2>&1 | tee -a "$out/driver.log" || status=$?
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/driver.log"
# Errors the app itself logged (fail: or crit:), besides what the pages showed.
if grep -E "^(fail|crit):" "$out/app.log" > "$out/app-errors.log"; then
  echo "== the app logged $(wc -l < "$out/app-errors.log") errors (see $out/app-errors.log)" | tee -a "$out/driver.log"
  status=1
else
  echo "== the app logged no errors" | tee -a "$out/driver.log"
fi
echo "== results in $out"
exit "$status"
