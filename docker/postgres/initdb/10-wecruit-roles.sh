#!/usr/bin/env bash
# Creates Wecruit's two roles on a fresh PostgreSQL (docker compose runs it once, on an empty volume; .ci/run runs
# it against the machine's PostgreSQL). Mirrors EmbeddedPostgresServer.createRolesAndDatabase:
#  - the owner owns the schema and runs the migrations; BYPASSRLS only matters inside the SECURITY DEFINER
#    functions it owns (an account's memberships at sign-in);
#  - the app role is what the application connects as: no superuser, no BYPASSRLS, so row-level security holds.
# Needs: psql as a superuser (PGHOST/PGUSER/... or the container's defaults), POSTGRES_DB, and
# WECRUIT_OWNER_USERNAME/PASSWORD, WECRUIT_APP_USERNAME/PASSWORD.
set -euo pipefail

db="${POSTGRES_DB:-wecruit}"
owner="${WECRUIT_OWNER_USERNAME:-wecruit_owner}"
app="${WECRUIT_APP_USERNAME:-wecruit_app}"

psql -v ON_ERROR_STOP=1 --dbname postgres \
  -v owner="$owner" -v owner_password="${WECRUIT_OWNER_PASSWORD:?set WECRUIT_OWNER_PASSWORD}" \
  -v app="$app" -v app_password="${WECRUIT_APP_PASSWORD:?set WECRUIT_APP_PASSWORD}" -v db="$db" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L', :'owner', :'owner_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L', :'app', :'app_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
-- idempotent: a rerun (CI, a changed .env) sets the passwords again
SELECT format('ALTER ROLE %I PASSWORD %L', :'owner', :'owner_password') \gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'app', :'app_password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'owner') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'db', :'app') \gexec
SQL

# the extensions need a superuser to create; the owner then uses them
psql -v ON_ERROR_STOP=1 --dbname "$db" <<'SQL'
SELECT 'CREATE EXTENSION IF NOT EXISTS vector' WHERE EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') \gexec
SELECT 'CREATE EXTENSION IF NOT EXISTS timescaledb' WHERE EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') \gexec
SQL
psql -v ON_ERROR_STOP=1 --dbname "$db" -v owner="$owner" <<'SQL'
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
SQL
