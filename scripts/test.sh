#!/usr/bin/env bash
# Installs what is missing, builds, and runs the tests as a provider matrix:
#   1. every test on SQLite (each fixture makes its own database file in the temporary folder);
#   2. the data-layer, lifecycle, immutability, audit and integration tests (trait Database=Both) and the
#      PostgreSQL-only ones (Database=PostgreSQL) again on a private PostgreSQL cluster, the app connecting as the
#      role that owns nothing; throwaway databases of the run are dropped afterwards. The PostgreSQL-only tests include
#      the two-node browser test, which starts scripts/cluster.sh --no-build (Redis, nginx, two nodes) on free ports.
# Prints the totals per provider and exits non-zero on any failure. OMICS_TEST_PROVIDERS="sqlite" (or "postgres")
# runs one pass only; extra arguments go to both 'dotnet test' runs.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$OMICS_ROOT"

providers="${OMICS_TEST_PROVIDERS:-sqlite postgres}"
omics_install_prerequisites
case " $providers " in *" postgres "*) omics_install_postgres ;; esac
# Redis for the board-sync tests (both passes), nginx for the two-node browser test (PostgreSQL pass, scripts/cluster.sh).
omics_install_cluster_tools
. "$(dirname "$0")/lib/oidc-provider.sh" && omics_install_test_oidc_provider
omics_install_interop_tools
run_db="omics_test_$(date +%s)_$$"
results="$OMICS_STATE/test-results"
pg_used=0
cleanup() {
  if [ "$pg_used" = "1" ]; then
    # Drop the run's databases, including any a crashed fixture left behind.
    for db in $(omics_psql -c "SELECT datname FROM pg_database WHERE datname LIKE '${run_db}%'" 2>/dev/null); do
      omics_psql -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
    done
  fi
  omics_pg_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${OMICS_TESTDATA:-}" ] && [ -d "$OMICS_ROOT/../shared/testdata" ]; then
  export OMICS_TESTDATA="$(cd "$OMICS_ROOT/../shared/testdata" && pwd)"
fi
[ -n "${OMICS_TESTDATA:-}" ] || say "WARNING: ../shared/testdata is missing; every test that reads the shared corpus will FAIL."

say "Building"
omics_build OmicsReports.sln -c Release -nologo -clp:ErrorsOnly -v:q

# The test processes (test hosts, the apps they start, the omics commands they run) are short-lived and many: without
# tiered PGO's instrumented code and re-compilations they used 4-10 % less CPU (Cli tests 125-136 -> 113-114 CPU-seconds).
# The app and the command run with the runtime's defaults everywhere else.
export DOTNET_TieredPGO=0

# Chromium raises the priority of its own processes (nice -8) when it may, as root may. Beside the browser tests it then
# starved the other test projects: the Reporting project, second in line, ended the SQLite pass up to 80 s after Web.
# Without CAP_SYS_NICE every test process keeps the priority it was started with, and the cores are shared fairly.
fair() {
  if [ "$(id -u)" = "0" ] && command -v setpriv >/dev/null; then setpriv --bounding-set=-sys_nice "$@"; else "$@"; fi
}

rm -rf "$results" && mkdir -p "$results"
status=0
for provider in $providers; do
  case "$provider" in
    sqlite)
      say "Running every test on SQLite"
      start=$SECONDS
      OMICS_TEST_PROVIDER=Sqlite fair dotnet test OmicsReports.sln -c Release --no-build --nologo \
        --filter "Database!=PostgreSQL" --logger "trx" --results-directory "$results/sqlite" "$@" || status=$?
      echo "sqlite $((SECONDS - start))" >> "$results/seconds"
      ;;
    postgres)
      omics_pg_start
      pg_used=1
      omics_pg_create_db "$run_db"
      say "Running the data-layer, lifecycle, immutability, audit and integration tests on PostgreSQL"
      start=$SECONDS
      OMICS_TEST_PROVIDER=PostgreSQL \
      OMICS_TEST_CONNECTION="$(omics_connection_string "$run_db")" \
      OMICS_TEST_APP_CONNECTION="$(omics_app_connection_string "$run_db")" \
        fair dotnet test OmicsReports.sln -c Release --no-build --nologo \
        --filter "Database=Both|Database=PostgreSQL" --logger "trx" --results-directory "$results/postgresql" "$@" || status=$?
      echo "postgresql $((SECONDS - start))" >> "$results/seconds"
      ;;
    *) die "OMICS_TEST_PROVIDERS may name sqlite and postgres, not '$provider'" ;;
  esac
done

# Totals per provider and overall, from the TRX files.
python3 - "$results" <<'PY' || true
import glob, os, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = sys.argv[1]
seconds = dict(line.split() for line in open(os.path.join(root, "seconds"))) if os.path.exists(os.path.join(root, "seconds")) else {}
grand = [0, 0, 0, 0]
for provider, label in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL")):
    files = sorted(glob.glob(os.path.join(root, provider, "*.trx")))
    if not files:
        continue
    total = passed = failed = skipped = 0
    for path in files:
        c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
        total += int(c.get("total")); passed += int(c.get("passed")); failed += int(c.get("failed"))
        skipped += int(c.get("notExecuted", 0))
    grand = [grand[0] + total, grand[1] + passed, grand[2] + failed, grand[3] + skipped]
    print(f"{label}: {total} tests, {passed} passed, {failed} failed, {skipped} skipped in {seconds.get(provider, '?')} s")
print(f"TOTAL: {grand[1]} passed, {grand[2]} failed, {grand[3]} skipped")
PY
exit "$status"
