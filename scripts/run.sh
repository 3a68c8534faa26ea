#!/usr/bin/env bash
# Installs what is missing, builds, prepares the database and serves OmicsReports at http://127.0.0.1:5080
# (or $OMICS_URLS) in Development, with the demo accounts and patients. Ctrl-C stops it.
#
#   scripts/run.sh              SQLite (the default): the file .omics/omics.db (or $OMICS_DATA/omics.db); no server
#   scripts/run.sh --postgres   a private PostgreSQL cluster (also OMICS_DATABASE=postgres); see scripts/lib/common.sh
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$OMICS_ROOT"

database="${OMICS_DATABASE:-sqlite}"
for argument in "$@"; do
  case "$argument" in
    --postgres|--postgresql) database=postgres ;;
    --sqlite) database=sqlite ;;
    *) die "unknown option '$argument' (use --postgres or --sqlite)" ;;
  esac
done
case "$database" in
  postgres|postgresql|PostgreSQL) database=postgres ;;
  sqlite|Sqlite|SQLite) database=sqlite ;;
  *) die "OMICS_DATABASE must be sqlite or postgres, not '$database'" ;;
esac

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
omics_install_prerequisites
if [ "$database" = postgres ]; then omics_install_postgres; fi
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

omics_load_secrets
export OMICS_DATA="$OMICS_STATE"
export Omics__Demo__Password="$OMICS_DEMO_PASSWORD"
if [ "$database" = postgres ]; then
  omics_pg_start
  omics_pg_create_db omics
  export Omics__Database__Provider=PostgreSQL
  export ConnectionStrings__Omics="$(omics_app_connection_string omics)"
  export ConnectionStrings__OmicsOwner="$(omics_connection_string omics)"
else
  export Omics__Database__Provider=Sqlite
fi

say "Building (Release)"
# The web app and the command in one build (OmicsReports.App.slnf): one restore, both cores.
omics_build OmicsReports.App.slnf -c Release -nologo -clp:ErrorsOnly -v:q

say "Applying database migrations ($Omics__Database__Provider)"
dotnet src/OmicsReports.Cli/bin/Release/net10.0/omics.dll db migrate
# The app itself connects as the role that owns nothing, so it does not migrate; 'db migrate' just did, as the owner.
unset ConnectionStrings__OmicsOwner
export Omics__Database__MigrateOnStartup=false

say "Serving at ${OMICS_URLS:-http://127.0.0.1:5080} ($ASPNETCORE_ENVIRONMENT, $Omics__Database__Provider). Press Ctrl-C to stop."
cd src/OmicsReports.Web
dotnet bin/Release/net10.0/OmicsReports.Web.dll &
app_pid=$!
wait "$app_pid"
