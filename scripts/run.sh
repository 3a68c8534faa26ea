#!/usr/bin/env bash
# Installs what is missing, starts the private database, builds, and serves OmicsReports at
# http://127.0.0.1:5080 (or $OMICS_URLS). Ctrl-C stops the app and the database.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$OMICS_ROOT"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
omics_install_prerequisites
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  omics_pg_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

omics_pg_start
omics_pg_create_db omics

say "Building (Release)"
dotnet build OmicsReports.sln -c Release -nologo -clp:ErrorsOnly -v:q

export ConnectionStrings__Omics="$(omics_connection_string omics)"
export Omics__Demo__Password="$OMICS_DEMO_PASSWORD"
say "Applying database migrations"
dotnet src/OmicsReports.Cli/bin/Release/net10.0/omics.dll db migrate

say "Serving at ${OMICS_URLS:-http://127.0.0.1:5080} ($ASPNETCORE_ENVIRONMENT). Press Ctrl-C to stop."
cd src/OmicsReports.Web
dotnet bin/Release/net10.0/OmicsReports.Web.dll &
app_pid=$!
wait "$app_pid"
