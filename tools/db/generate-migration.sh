#!/usr/bin/env bash
# Generates a TypeORM migration for one service from the difference between its entities and its migrations:
#   tools/db/generate-migration.sh <service> <MigrationName>
# It migrates a scratch database to the latest migration, diffs, writes the file, and drops the scratch database.
# Add the new class to apps/<service>/src/database/migrations/index.ts afterwards.
set -euo pipefail
service=$1; name=$2
root=$(cd "$(dirname "$0")/../.." && pwd); cd "$root"
scratch="loket_${service}_migration_scratch"
psql_="psql -h ${LOKET_DB_HOST:-127.0.0.1} -p ${LOKET_DB_PORT:-5432} -U ${LOKET_DB_USER:-postgres} -d postgres -qAt"
$psql_ -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" -c "CREATE DATABASE $scratch"
trap '$psql_ -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)"' EXIT
cli() { LOKET_DB_NAME=$scratch TS_NODE_TRANSPILE_ONLY=1 node -r ts-node/register -r tsconfig-paths/register node_modules/typeorm/cli.js "$@" -d "apps/$service/src/database/$service.data-source.ts"; }
cli migration:run
cli migration:generate --pretty "apps/$service/src/database/migrations/$name"
