#!/usr/bin/env bash
# Measures the people list and the name search on PostgreSQL with people made by the demo
# generator: loads them into a fresh database with the records migrations and COPY, then times
# RecordService.findPeople, the call behind GET /api/v1/people (PeopleQueryBenchmark in
# benchmarks/).
#
# Usage: scripts/bench/people.sh [people] [queries per kind]
# Needs PostgreSQL on 127.0.0.1:5432 and runuser for the postgres user, which creates the role
# hoso_bench and the database hoso_search_bench. An existing database of that name is measured
# again without loading when it contains the same number of people; HOSO_BENCH_RELOAD=1 drops it
# first, and HOSO_BENCH_DROP=1 drops it at the end. MAVEN_ARGS passes options to Maven, for
# example -Dmaven.repo.local=...
set -euo pipefail
cd "$(dirname "$0")/../.."

people=${1:-1000000}
queries=${2:-300}
database=hoso_search_bench

psql_admin() {
  runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"
}

if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'hoso_bench'")" != "1" ]; then
  psql_admin -c "CREATE ROLE hoso_bench LOGIN"
fi
if [ "${HOSO_BENCH_RELOAD:-0}" = "1" ]; then
  psql_admin -c "DROP DATABASE IF EXISTS $database"
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE $database OWNER hoso_bench"
fi

echo "Load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
# shellcheck disable=SC2086
mvn -B -q -Dquick ${MAVEN_ARGS:-} -pl benchmarks -am test -Dtest=PeopleQueryBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhoso.bench.url="jdbc:postgresql://127.0.0.1:5432/$database?user=hoso_bench" \
  -Dhoso.bench.people="$people" -Dhoso.bench.queries="$queries" \
  | grep --line-buffered -v '^SLF4J'
echo "Load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "Report: benchmarks/target/people-query-benchmark.txt"

if [ "${HOSO_BENCH_DROP:-0}" = "1" ]; then
  psql_admin -c "DROP DATABASE $database"
fi
