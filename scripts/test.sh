#!/usr/bin/env bash
# Installs what is missing, starts the private PostgreSQL, runs every test project against a throwaway database of
# this run (dropped afterwards), prints the totals, and exits non-zero on any failure.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$OMICS_ROOT"

omics_install_prerequisites
omics_install_interop_tools
run_db="omics_test_$(date +%s)_$$"
results="$OMICS_STATE/test-results"
cleanup() {
  if [ -n "${run_db:-}" ]; then
    # Drop the run's database and any a crashed fixture left behind.
    for db in $(omics_psql -c "SELECT datname FROM pg_database WHERE datname LIKE '${run_db}%'" 2>/dev/null); do
      omics_psql -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
    done
  fi
  omics_pg_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

omics_pg_start
omics_pg_create_db "$run_db"
export OMICS_TEST_CONNECTION="$(omics_connection_string "$run_db")"
if [ -z "${OMICS_TESTDATA:-}" ] && [ -d "$OMICS_ROOT/../shared/testdata" ]; then
  export OMICS_TESTDATA="$(cd "$OMICS_ROOT/../shared/testdata" && pwd)"
fi
[ -n "${OMICS_TESTDATA:-}" ] || say "WARNING: ../shared/testdata is missing; every test that reads the shared corpus will FAIL."

say "Building"
dotnet build OmicsReports.sln -c Release -nologo -clp:ErrorsOnly -v:q

say "Running tests"
rm -rf "$results"
status=0
dotnet test OmicsReports.sln -c Release --no-build --nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# Totals across every test project, from the TRX files.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
total = passed = failed = skipped = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    t, p, f = int(c.get("total")), int(c.get("passed")), int(c.get("failed"))
    total, passed, failed = total + t, passed + p, failed + f
    skipped += int(c.get("notExecuted", 0))
print(f"\nTOTAL: {total} tests, {passed} passed, {failed} failed, {skipped} skipped")
PY
exit "$status"
