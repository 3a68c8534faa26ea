# Shared by scripts/run.sh and scripts/test.sh: prerequisites, the SQLite data folder and the optional private
# PostgreSQL cluster.
#
# The data folder is .omics/ in the checkout (git-ignored), or $OMICS_DATA:
#   omics.db             the SQLite database (the default provider)
#   secrets.env          generated passwords (mode 600, never committed)
#   keys/                ASP.NET Core data-protection keys
# The private PostgreSQL cluster (scripts/run.sh --postgres, and the PostgreSQL pass of scripts/test.sh):
#   as root: in /var/lib/postgresql/omics/<checkout>-<hash>/ (data in pg/, socket and log in run/), owned by the
#            'postgres' user, which initdb and pg_ctl run as. A checkout can sit in a folder that user cannot enter
#            (root's home, mktemp -d); the hash of the checkout's path keeps checkouts on one machine apart.
#   as another user: in the data folder (pg/ and run/), run as that user.
# Several checkouts can run clusters side by side on distinct ports: set OMICS_PG_PORT (default 5433).

OMICS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OMICS_STATE="${OMICS_DATA:-$OMICS_ROOT/.omics}"
OMICS_PG_PORT="${OMICS_PG_PORT:-5433}"
OMICS_PG_BIN="${OMICS_PG_BIN:-/usr/lib/postgresql/15/bin}"
OMICS_SECRETS="$OMICS_STATE/secrets.env"
OMICS_PG_STARTED_HERE=0
if [ "$(id -u)" -eq 0 ]; then
  OMICS_PG_HOME="${OMICS_PG_HOME:-/var/lib/postgresql/omics/$(basename "$OMICS_ROOT")-$(printf '%s' "$OMICS_ROOT" | sha256sum | cut -c1-10)}"
else
  OMICS_PG_HOME="${OMICS_PG_HOME:-$OMICS_STATE}"
fi
OMICS_PG_DATA="$OMICS_PG_HOME/pg"
OMICS_PG_RUN="$OMICS_PG_HOME/run"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Runs a PostgreSQL tool as the cluster's owner: 'postgres' when we are root (initdb refuses root), else ourselves.
as_pg_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# dotnet build with one warm compiler server for all projects, even where the environment turns it off
# (UseSharedCompilation=false starts a new compiler, JIT and all, for every project: a clean build of the solution took
# 130 s instead of 88 s on two cores). The server is stopped afterwards, so the build leaves nothing running.
omics_build() {
  local rc=0
  dotnet build "$@" -p:UseSharedCompilation=true || rc=$?
  dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
  return "$rc"
}

omics_apt_install() {
  say "Installing with apt: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# What the default (SQLite) needs: the .NET 10 SDK, and Chromium, fonts and poppler-utils for PDFs.
omics_install_prerequisites() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  [ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
  [ ${#missing[@]} -eq 0 ] || omics_apt_install "${missing[@]}"
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK is not installed. Install it (https://learn.microsoft.com/dotnet/core/install/linux-debian), then run this again."
  case "$(dotnet --version 2>/dev/null)" in
    10.*) ;;
    *) die "the .NET SDK must be version 10 (found '$(dotnet --version 2>/dev/null)')." ;;
  esac
}

# Only the PostgreSQL path needs the server.
omics_install_postgres() {
  [ -x "$OMICS_PG_BIN/initdb" ] || omics_apt_install postgresql-15 postgresql-client-15
}

# Only scripts/cluster.sh and the tests of two nodes need these; scripts/run.sh never installs or starts them.
omics_install_cluster_tools() {
  local missing=()
  command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] || omics_apt_install "${missing[@]}"
  # Debian's packages start system services on install; the cluster runs its own processes on its own ports.
  PATH="$PATH:/usr/sbin"
}

# Generated once per data folder; kept out of git by .gitignore.
omics_load_secrets() {
  if [ ! -f "$OMICS_SECRETS" ]; then
    mkdir -p "$OMICS_STATE" && chmod 700 "$OMICS_STATE"
    ( umask 077
      {
        echo "OMICS_DB_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 28)"
        echo "OMICS_DEMO_PASSWORD=demo-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
      } > "$OMICS_SECRETS" )
  fi
  grep -q '^OMICS_APP_DB_PASSWORD=' "$OMICS_SECRETS" \
    || ( umask 077; echo "OMICS_APP_DB_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 28)" >> "$OMICS_SECRETS" )
  # shellcheck disable=SC1090
  . "$OMICS_SECRETS"
  export OMICS_DB_PASSWORD OMICS_APP_DB_PASSWORD OMICS_DEMO_PASSWORD
}

omics_psql() { as_pg_owner "$OMICS_PG_BIN/psql" -h "$OMICS_PG_RUN" -p "$OMICS_PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

omics_pg_start() {
  omics_load_secrets
  if [ "$(id -u)" -eq 0 ]; then
    mkdir -p "$OMICS_PG_HOME" && chown postgres:postgres "$OMICS_PG_HOME" && chmod 700 "$OMICS_PG_HOME"
    # Every folder above the cluster must be enterable by 'postgres'.
    runuser -u postgres -- test -x "$OMICS_PG_HOME" || die "the postgres user cannot reach $OMICS_PG_HOME; set OMICS_PG_HOME to a folder it can."
  fi
  as_pg_owner mkdir -p "$OMICS_PG_RUN"
  if [ ! -f "$OMICS_PG_DATA/PG_VERSION" ]; then
    say "Creating a private PostgreSQL cluster in $OMICS_PG_DATA"
    as_pg_owner mkdir -p "$OMICS_PG_DATA"
    as_pg_owner chmod 700 "$OMICS_PG_DATA"
    as_pg_owner "$OMICS_PG_BIN/initdb" -D "$OMICS_PG_DATA" -E UTF8 --locale=C.UTF-8 \
      --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  fi
  if as_pg_owner "$OMICS_PG_BIN/pg_ctl" -D "$OMICS_PG_DATA" status >/dev/null 2>&1; then
    say "PostgreSQL is already running on 127.0.0.1:$OMICS_PG_PORT"
  else
    say "Starting PostgreSQL on 127.0.0.1:$OMICS_PG_PORT (loopback only)"
    as_pg_owner "$OMICS_PG_BIN/pg_ctl" -D "$OMICS_PG_DATA" -w -t 60 -l "$OMICS_PG_RUN/postgres.log" \
      -o "-c listen_addresses=127.0.0.1 -p $OMICS_PG_PORT -c unix_socket_directories=$OMICS_PG_RUN" start >/dev/null \
      || die "PostgreSQL did not start; see $OMICS_PG_RUN/postgres.log"
    OMICS_PG_STARTED_HERE=1
  fi
  # The owner role runs migrations and owns the schema; it may create databases (tests make throwaway ones).
  # The app role owns nothing: 'omics db migrate' grants it what the app needs (docs/operations.md, "Database roles").
  # A cluster outlives its clone (for root it lives under $OMICS_PG_HOME): a new clone at the same path brings new
  # secrets, so existing roles take the passwords of the current secrets file on every start.
  omics_pg_role omics "LOGIN CREATEDB" "$OMICS_DB_PASSWORD"
  omics_pg_role omics_app "LOGIN NOCREATEDB NOCREATEROLE" "$OMICS_APP_DB_PASSWORD"
}

# Creates the role, or sets the password of the existing one (passwords are generated alphanumeric).
omics_pg_role() {
  if omics_psql -c "SELECT 1 FROM pg_roles WHERE rolname = '$1'" | grep -q 1; then
    omics_psql -c "ALTER ROLE $1 PASSWORD '$3'"
  else
    omics_psql -c "CREATE ROLE $1 $2 PASSWORD '$3'"
  fi
}

omics_pg_stop() {
  if [ "$OMICS_PG_STARTED_HERE" = "1" ]; then
    say "Stopping PostgreSQL"
    as_pg_owner "$OMICS_PG_BIN/pg_ctl" -D "$OMICS_PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    OMICS_PG_STARTED_HERE=0
  fi
}

omics_pg_create_db() {
  if [ "$(omics_psql -c "SELECT 1 FROM pg_database WHERE datname = '$1'")" != "1" ]; then
    omics_psql -c "CREATE DATABASE \"$1\" OWNER omics"
  fi
}

# The owner's connection (migrations) and the app's (everything else) to one database.
omics_connection_string() {
  echo "Host=127.0.0.1;Port=$OMICS_PG_PORT;Database=$1;Username=omics;Password=$OMICS_DB_PASSWORD"
}
omics_app_connection_string() {
  echo "Host=127.0.0.1;Port=$OMICS_PG_PORT;Database=$1;Username=omics_app;Password=$OMICS_APP_DB_PASSWORD"
}

# Interop test tools (omics_install_interop_tools).
. "$OMICS_ROOT/scripts/lib/interop.sh"
