# Sourced by scripts/lib/common.sh. The independent peers the interop tests check OmicsReports' FHIR and HL7 v2
# output against, installed into tests/interop-tools (git-ignored apart from its package files):
#   node_modules/       the npm HL7 v2 parser 'hl7v2' and its v2.5.1 dictionary, pinned by package-lock.json
#   fhir/<package>/     the HL7 Genomics Reporting IG package (StructureDefinitions for the Firely validator),
#                       from the npm registry, checked against the SHA-256 recorded in ../shared/testdata/SOURCES.md

OMICS_FHIR_IG_PACKAGE="hl7.fhir.uv.genomics-reporting@3.0.0"
OMICS_FHIR_IG_SHA256="42b893bb3bb2a429db194e5ee9d1e1c11d02f0700a01906a2a0500a25bd8af21"

omics_install_interop_tools() {
  local tools="$OMICS_ROOT/tests/interop-tools"
  if ! command -v npm >/dev/null 2>&1; then
    say "Installing with apt: nodejs npm"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi

  # npm ci again only when the lock file changed since the last install.
  local lock_sha
  lock_sha="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$tools/node_modules/.omics-lock-sha256" 2>/dev/null)" != "$lock_sha" ]; then
    say "Installing the HL7 v2 test parser (npm ci in tests/interop-tools)"
    (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || die "npm ci in $tools failed."
    echo "$lock_sha" > "$tools/node_modules/.omics-lock-sha256"
  fi

  # The IG package declares dependencies the registry does not serve (hl7.fhir.r4.core and others come with the
  # Firely SDK instead), so it is fetched with npm pack, not installed.
  local ig="$tools/fhir/hl7.fhir.uv.genomics-reporting-3.0.0"
  if [ ! -f "$ig/package/package.json" ]; then
    say "Fetching $OMICS_FHIR_IG_PACKAGE for the FHIR profile validation"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack "$OMICS_FHIR_IG_PACKAGE" --silent >/dev/null) || { rm -rf "$tmp"; die "npm pack $OMICS_FHIR_IG_PACKAGE failed."; }
    local tarball
    tarball="$(ls "$tmp"/*.tgz)"
    if [ "$(sha256sum "$tarball" | cut -d' ' -f1)" != "$OMICS_FHIR_IG_SHA256" ]; then
      rm -rf "$tmp"
      die "$OMICS_FHIR_IG_PACKAGE does not have the recorded SHA-256; refusing to use it."
    fi
    mkdir -p "$ig"
    tar xzf "$tarball" -C "$ig"
    rm -rf "$tmp"
  fi
}
