#!/usr/bin/env bash
# Adds a migration named $1 to both migration sets (SQLite and PostgreSQL) with the dotnet-ef local tool, from the
# one model in src/OmicsReports.Data. Review both generated files, add any hand-written SQL (triggers) to each set in
# its own dialect, then run the tests on both providers (docs/operations.md, "Adding a table or a column").
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-}"
[[ "$name" =~ ^[A-Z][A-Za-z0-9]+$ ]] || { echo "usage: scripts/add-migration.sh MigrationName (PascalCase)" >&2; exit 2; }
dotnet tool restore >/dev/null
for set in Sqlite PostgreSQL; do
  project="src/OmicsReports.Data.$set"
  echo "==> $set: adding $name" >&2
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --configuration Release
done
echo "==> Both sets have $name. Check: dotnet ef migrations has-pending-model-changes --project src/OmicsReports.Data.<Set> --startup-project src/OmicsReports.Data.<Set>" >&2
