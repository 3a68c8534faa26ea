#!/usr/bin/env bash
# Measures the follow latency across two nodes as docs/performance.md ("Two nodes") describes: the two-node browser
# test on the real cluster (scripts/cluster.sh: PostgreSQL, Redis, nginx, two nodes), at nice -10, printing the
# latency of each of five moves with the load average. Run after a Release build (scripts/test.sh builds one).
#   usage: OMICS_PG_PORT=5472 docs/perf/measure-two-nodes.sh [runs]
set -euo pipefail
. "$(dirname "$0")/../../scripts/lib/common.sh"
cd "$OMICS_ROOT"
runs=${1:-3}
omics_install_cluster_tools
omics_pg_start
trap omics_pg_stop EXIT
db="omics_perf_twonodes"
omics_pg_create_db "$db"
export OMICS_TEST_PROVIDER=PostgreSQL OMICS_TESTDATA="${OMICS_TESTDATA:-$OMICS_ROOT/../shared/testdata}"
export OMICS_TEST_CONNECTION="$(omics_connection_string "$db")" OMICS_TEST_APP_CONNECTION="$(omics_app_connection_string "$db")"
for run in $(seq 1 "$runs"); do
  echo "== run $run, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  nice -n -10 dotnet test tests/OmicsReports.Web.Tests -c Release --no-build --nologo \
    --logger "console;verbosity=detailed" --filter "FullyQualifiedName~Cluster.TwoNodeBrowserTests" 2>&1 \
    | grep -E "Follow latency|Passed |Failed " | sed 's/^\[xUnit[^]]*\] *//' | sort -u
done
