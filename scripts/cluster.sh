#!/usr/bin/env bash
# Two OmicsReports nodes behind nginx on loopback, for a person to try and for the two-node browser test:
# the private PostgreSQL cluster (scripts/lib/common.sh), Redis (live tumour boards across nodes), two app nodes in
# Development with the demo accounts, and nginx with sticky sessions. Prints the URL; Ctrl-C stops everything it
# started. Works from any folder.
#
#   OMICS_CLUSTER_PORT  nginx, the URL to open        (default 5090)
#   OMICS_NODE1_PORT    node1, on 127.0.0.1           (default 5091)
#   OMICS_NODE2_PORT    node2, on 127.0.0.1           (default 5092)
#   OMICS_REDIS_PORT    redis-server, on 127.0.0.1    (default 6390)
#   OMICS_PG_PORT       the private PostgreSQL        (default 5433)
#   OMICS_CLUSTER_DB    the database                  (default omics_cluster)
#   --no-build          use the Release build already there (the tests build first)
# Process ids and logs are in .omics/cluster/ (or $OMICS_DATA/cluster/): node1.pid, node2.pid, node1.log, ...
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$OMICS_ROOT"

build=1
for argument in "$@"; do
  case "$argument" in
    --no-build) build=0 ;;
    *) die "unknown option '$argument' (use --no-build)" ;;
  esac
done
proxy_port="${OMICS_CLUSTER_PORT:-5090}"
node1_port="${OMICS_NODE1_PORT:-5091}"
node2_port="${OMICS_NODE2_PORT:-5092}"
redis_port="${OMICS_REDIS_PORT:-6390}"
database="${OMICS_CLUSTER_DB:-omics_cluster}"
run="$OMICS_STATE/cluster"

omics_install_prerequisites
omics_install_postgres
omics_install_cluster_tools
pids=()
nginx_dir=""
cleanup() {
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  [ -z "$nginx_dir" ] || rm -rf "$nginx_dir"
  omics_pg_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

omics_load_secrets
mkdir -p "$run"
rm -f "$run"/*.pid
omics_pg_start
omics_pg_create_db "$database"
export OMICS_DATA="$OMICS_STATE"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Omics__Demo__Password="${Omics__Demo__Password:-$OMICS_DEMO_PASSWORD}"
export Omics__Database__Provider=PostgreSQL
export ConnectionStrings__Omics="$(omics_app_connection_string "$database")"
export ConnectionStrings__OmicsOwner="$(omics_connection_string "$database")"

if [ "$build" = 1 ]; then
  say "Building (Release)"
  dotnet build OmicsReports.App.slnf -c Release -nologo -clp:ErrorsOnly -v:q
fi
say "Applying database migrations"
dotnet src/OmicsReports.Cli/bin/Release/net10.0/omics.dll db migrate
unset ConnectionStrings__OmicsOwner
export Omics__Database__MigrateOnStartup=false
export Omics__Redis__Configuration="127.0.0.1:$redis_port"
export Omics__ForwardedHeaders__KnownProxies__0=127.0.0.1

say "Starting Redis on 127.0.0.1:$redis_port"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no > "$run/redis.log" 2>&1 &
pids+=($!)
echo "$!" > "$run/redis.pid"

wait_for() { # url, name, pid
  for _ in $(seq 1 1200); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || die "$2 stopped while starting; see $run/$2.log"
    sleep 0.1
  done
  die "$2 did not answer at $1 within 2 minutes; see $run/$2.log"
}

start_node() { # name, port
  say "Starting $1 on 127.0.0.1:$2"
  ( cd src/OmicsReports.Web
    OMICS_URLS="http://127.0.0.1:$2" Omics__Node__Name="$1" exec dotnet bin/Release/net10.0/OmicsReports.Web.dll ) > "$run/$1.log" 2>&1 &
  pids+=($!)
  echo "$!" > "$run/$1.pid"
}

# A node's first start on a database seeds the demo data and creates the Data Protection key ring; two nodes doing
# that at once would each make a key ring of their own. So on a database no node has started on yet, node1 goes first
# and node2 follows once node1 answers; on one that holds a key ring (a node ran on it before) both start at once.
keys="$(as_pg_owner "$OMICS_PG_BIN/psql" -h "$OMICS_PG_RUN" -p "$OMICS_PG_PORT" -d "$database" -qtA \
  -c 'SELECT count(*) FROM "DataProtectionKeys"' 2>/dev/null || echo 0)"
start_node node1 "$node1_port"
node1_pid=$!
if [ "${keys:-0}" = 0 ]; then
  wait_for "http://127.0.0.1:$node1_port/Account/Login" node1 "$node1_pid"
fi
start_node node2 "$node2_port"
node2_pid=$!
wait_for "http://127.0.0.1:$node1_port/Account/Login" node1 "$node1_pid"
wait_for "http://127.0.0.1:$node2_port/Account/Login" node2 "$node2_pid"

say "Starting nginx on 127.0.0.1:$proxy_port"
nginx_dir="$(mktemp -d)"
mkdir -p "$nginx_dir"/temp/{body,proxy,fastcgi,uwsgi,scgi}
user_line=""
if [ "$(id -u)" -eq 0 ]; then
  # nginx's workers drop to 'nobody' when started as root; they must reach their temporary folders.
  chmod 711 "$nginx_dir" && chown -R nobody:nogroup "$nginx_dir/temp"
  user_line="user nobody nogroup;"
fi
sed -e "s|@RUN@|$nginx_dir|g" -e "s|@USER@|$user_line|" -e "s|@PROXY_PORT@|$proxy_port|g" \
    -e "s|@NODE1_PORT@|$node1_port|g" -e "s|@NODE2_PORT@|$node2_port|g" \
    "$OMICS_ROOT/scripts/cluster/nginx.conf.template" > "$nginx_dir/nginx.conf"
nginx -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$nginx_dir/error.log" -g 'daemon off;' > "$run/nginx.log" 2>&1 &
nginx_pid=$!
pids+=("$nginx_pid")
echo "$nginx_pid" > "$run/nginx.pid"
wait_for "http://127.0.0.1:$proxy_port/Account/Login" nginx "$nginx_pid"

say "OmicsReports cluster at http://127.0.0.1:$proxy_port (node1 :$node1_port, node2 :$node2_port, Redis :$redis_port). Press Ctrl-C to stop."
echo "OMICS_CLUSTER_URL=http://127.0.0.1:$proxy_port"
# A node may die (the browser test kills one): the cluster goes on while nginx runs.
wait "$nginx_pid" || true
