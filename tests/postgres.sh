#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster for the server's tests and makes sure the test
# role and database exist. Prints the SQLAlchemy URL on stdout; prints nothing (and exits
# 0) where no PostgreSQL is installed, so the PostgreSQL tests are skipped outside CI.
set -euo pipefail
URL="postgresql+psycopg://desmig:desmig@127.0.0.1:5432/desmig_test"
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "tests/postgres.sh: PostgreSQL is not installed; its tests will be skipped" >&2
  exit 0
fi
version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $2}')
if [ -z "$version" ]; then
  echo "tests/postgres.sh: no PostgreSQL cluster; its tests will be skipped" >&2
  exit 0
fi
if ! pg_lsclusters -h | awk 'NR==1 {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$cluster" start >&2
fi
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi; }
for _ in $(seq 1 30); do
  as_postgres "psql -Atqc 'select 1'" >/dev/null 2>&1 && break
  sleep 0.5
done
as_postgres "psql -Atqc \"select 1 from pg_roles where rolname='desmig'\"" | grep -q 1 \
  || as_postgres "psql -qc \"create role desmig login superuser password 'desmig'\"" >&2
as_postgres "psql -Atqc \"select 1 from pg_database where datname='desmig_test'\"" | grep -q 1 \
  || as_postgres "createdb -O desmig desmig_test" >&2
echo "$URL"
