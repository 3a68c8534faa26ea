# Shared by scripts/run.sh and scripts/test.sh: prerequisites and the project's private PostgreSQL cluster.
# Everything lives under .omics/ in the checkout (git-ignored):
#   .omics/pg           PostgreSQL data folder      .omics/run   its Unix socket and log
#   .omics/secrets.env  generated passwords (mode 600, never committed)

OMICS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OMICS_STATE="$OMICS_ROOT/.omics"
OMICS_PG_DATA="$OMICS_STATE/pg"
OMICS_PG_RUN="$OMICS_STATE/run"
OMICS_PG_PORT="${OMICS_PG_PORT:-5433}"
OMICS_PG_BIN="${OMICS_PG_BIN:-/usr/lib/postgresql/15/bin}"
OMICS_SECRETS="$OMICS_STATE/secrets.env"
OMICS_PG_STARTED_HERE=0

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Runs a PostgreSQL tool as the cluster's owner: 'postgres' when we are root (initdb refuses root), else ourselves.
as_pg_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

omics_install_prerequisites() {
  local missing=()
  [ -x "$OMICS_PG_BIN/initdb" ] || missing+=(postgresql-15 postgresql-client-15)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  [ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing with apt: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK is not installed. Install it (https://learn.microsoft.com/dotnet/core/install/linux-debian), then run this again."
  case "$(dotnet --version 2>/dev/null)" in
    10.*) ;;
    *) die "the .NET SDK must be version 10 (found '$(dotnet --version 2>/dev/null)')." ;;
  esac
}

# Generated once per checkout; kept out of git by .gitignore.
omics_load_secrets() {
  mkdir -p "$OMICS_STATE"
  if [ ! -f "$OMICS_SECRETS" ]; then
    umask 077
    {
      echo "OMICS_DB_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 28)"
      echo "OMICS_DEMO_PASSWORD=demo-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
    } > "$OMICS_SECRETS"
    umask 022
  fi
  # shellcheck disable=SC1090
  . "$OMICS_SECRETS"
  export OMICS_DB_PASSWORD OMICS_DEMO_PASSWORD
}

omics_psql() { as_pg_owner "$OMICS_PG_BIN/psql" -h "$OMICS_PG_RUN" -p "$OMICS_PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

omics_pg_start() {
  omics_load_secrets
  mkdir -p "$OMICS_PG_RUN"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$OMICS_PG_RUN"; fi
  if [ ! -f "$OMICS_PG_DATA/PG_VERSION" ]; then
    say "Creating a private PostgreSQL cluster in .omics/pg"
    mkdir -p "$OMICS_PG_DATA"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$OMICS_PG_DATA"; fi
    chmod 700 "$OMICS_PG_DATA"
    as_pg_owner "$OMICS_PG_BIN/initdb" -D "$OMICS_PG_DATA" -E UTF8 --locale=C.UTF-8 \
      --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  fi
  if as_pg_owner "$OMICS_PG_BIN/pg_ctl" -D "$OMICS_PG_DATA" status >/dev/null 2>&1; then
    say "PostgreSQL is already running on 127.0.0.1:$OMICS_PG_PORT"
  else
    say "Starting PostgreSQL on 127.0.0.1:$OMICS_PG_PORT (loopback only)"
    as_pg_owner "$OMICS_PG_BIN/pg_ctl" -D "$OMICS_PG_DATA" -w -t 60 -l "$OMICS_PG_RUN/postgres.log" \
      -o "-c listen_addresses=127.0.0.1 -p $OMICS_PG_PORT -c unix_socket_directories=$OMICS_PG_RUN" start >/dev/null \
      || die "PostgreSQL did not start; see .omics/run/postgres.log"
    OMICS_PG_STARTED_HERE=1
  fi
  # The application role: password login over loopback, may create databases (tests make throwaway ones).
  if [ "$(omics_psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'omics'")" != "1" ]; then
    omics_psql -c "CREATE ROLE omics LOGIN CREATEDB PASSWORD '$OMICS_DB_PASSWORD'"
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

omics_connection_string() {
  echo "Host=127.0.0.1;Port=$OMICS_PG_PORT;Database=$1;Username=omics;Password=$OMICS_DB_PASSWORD"
}

# Interop test tools (omics_install_interop_tools).
. "$OMICS_ROOT/scripts/lib/interop.sh"
