# The sign-in tests run a real OpenID Connect provider (npm oidc-provider) on loopback. Its packages are installed
# from the committed package-lock.json (npm ci, so exactly those versions), into the test project's
# Sso/OidcProvider/node_modules (git-ignored). Needs Node.js 20 or later and npm; installs them with apt when missing.
omics_install_test_oidc_provider() {
  local root folder
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  folder="$root/tests/OmicsReports.Web.Tests/Sso/OidcProvider"
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    printf '\033[1m==> %s\033[0m\n' "Installing Node.js and npm with apt (for the sign-in tests)" >&2
    if [ "$(id -u)" -eq 0 ]; then apt_run=(); else apt_run=(sudo); fi
    "${apt_run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${apt_run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 20 ]; then
    printf 'error: %s\n' "the sign-in tests need Node.js 20 or later (found $(node --version))." >&2
    return 1
  fi
  if [ ! -f "$folder/node_modules/.package-lock.json" ] || ! cmp -s "$folder/package-lock.json" "$folder/node_modules/.omics-lock"; then
    printf '\033[1m==> %s\033[0m\n' "Installing the test OpenID Connect provider (npm ci)" >&2
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || return 1
    cp "$folder/package-lock.json" "$folder/node_modules/.omics-lock"
  fi
}
