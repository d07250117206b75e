#!/usr/bin/env bash
# Adds a migration for both database providers: ./scripts/add-migration.sh AddGrantApplications
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/LtkSite.Web --context "${provider}LtkDbContext" \
    --output-dir "Migrations/$provider" --namespace "LtkSite.Web.Migrations.$provider"
done
# The tool writes the model snapshot to a folder derived from the namespace; keep it beside the migrations.
for provider in Sqlite Postgres; do
  stray="src/LtkSite.Web/LtkSite/Web/Migrations/$provider"
  if [ -d "$stray" ]; then mv "$stray"/*.cs "src/LtkSite.Web/Migrations/$provider/"; fi
done
rm -rf src/LtkSite.Web/LtkSite
