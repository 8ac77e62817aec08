#!/usr/bin/env bash
# Measures the warning engine on PostgreSQL with generated people: the time to compute each rule
# for everyone, and the response time of a 90-day window for one unit through the REST API.
#
# Usage: scripts/bench/warnings.sh [people] [queries]
# Needs the built distribution archive, PostgreSQL on 127.0.0.1:5432, and the role hoso_test
# (password hoso_test) allowed to create the database hoso_bench; runuser for the postgres user.
# With HOSO_BENCH_REUSE=1 the people already generated in hoso_bench are kept and only the warnings
# are deleted, so a second run measures the engine without generating the people again.
set -euo pipefail
cd "$(dirname "$0")/../.."

people=${1:-1000000}
queries=${2:-300}
port=${HOSO_BENCH_PORT:-18383}
work=$(mktemp -d)
tar xzf distribution/target/hoso-*.tar.gz -C "$work"
home=$(ls -d "$work"/hoso-*)

printf '\norg.osgi.service.http.port = %s\n' "$port" >> "$home/etc/org.ops4j.pax.web.cfg"
printf '\nsshPort = %s\n' "$((port + 1))" >> "$home/etc/org.apache.karaf.shell.cfg"
printf '\nrmiRegistryPort = %s\nrmiServerPort = %s\n' "$((port + 2))" "$((port + 3))" \
  >> "$home/etc/org.apache.karaf.management.cfg"
cat > "$home/etc/org.ops4j.datasource-hoso.cfg" <<CFG
osgi.jdbc.driver.class = org.postgresql.Driver
url = jdbc:postgresql://127.0.0.1:5432/hoso_bench?reWriteBatchedInserts=true
user = hoso_test
password = hoso_test
dataSourceName = hoso
pool = dbcp2
xa = false
pool.maxTotal = 20
CFG

bench_sql() {
  PGPASSWORD=hoso_test psql -q -h 127.0.0.1 -U hoso_test -d hoso_bench "$@"
}
reuse=${HOSO_BENCH_REUSE:-0}
if [ "$reuse" = 1 ] && [ "$(bench_sql -tAc "SELECT count(*) FROM person" 2> /dev/null)" != "$people" ]; then
  echo "hoso_bench does not hold $people people; generating them"
  reuse=0
fi
if [ "$reuse" != 1 ]; then
  runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS hoso_bench" \
    -c "CREATE DATABASE hoso_bench OWNER hoso_test"
else
  # Without users the next start creates the administrator again with a new one-time password.
  bench_sql -c "DELETE FROM refresh_tokens" -c "DELETE FROM user_roles" \
    -c "DELETE FROM user_units" -c "DELETE FROM users"
fi

start_and_wait() {
  "$home/bin/start"
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/health"; do sleep 1; done
}
cleanup() {
  if [ -f "$home/karaf.pid" ] && kill -0 "$(cat "$home/karaf.pid")" 2> /dev/null; then
    stop_and_wait
  fi
  rm -rf "$work"
}
trap cleanup EXIT

stop_and_wait() {
  local pid
  pid=$(cat "$home/karaf.pid")
  "$home/bin/stop" > /dev/null 2>&1
  while kill -0 "$pid" 2> /dev/null; do sleep 0.5; done
}

echo "Migrating the schema"
start_and_wait
stop_and_wait
admin_password=$(grep -ho "mật khẩu dùng một lần: [^ ]*" "$home/data/log/karaf.log" | head -n 1 \
  | sed 's/.*: //')

if [ "$reuse" != 1 ]; then
  echo "Generating $people people"
  load_start=$(date +%s)
  bench_sql -v people="$people" -f scripts/bench/warnings-people.sql
  echo "Generated in $(( $(date +%s) - load_start )) s"
fi
# Every rule is computed from an empty table. The first start, or an earlier run, already stored
# a computation as current for today, so its state is deleted too.
bench_sql -c "TRUNCATE warning_item" -c "DELETE FROM warning_rule_state" \
  -c "VACUUM ANALYZE person, salary_history, leadership_term, warning_item"
: > "$home/data/log/karaf.log"

# CPU seconds a process has used: user and system time from /proc, in clock ticks.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ total += ($14 + $15) / hz } END { printf "%.1f", total }' \
    "${@/#//proc/}" 2> /dev/null
}
with_stat() { for pid in "$@"; do printf '%s/stat ' "$pid"; done; }

echo "Starting; the engine computes every rule for everyone"
start_and_wait
for rule in salary-step retirement reappointment; do
  until grep -q "Computed warnings of rule '$rule'" "$home/data/log/karaf.log"; do sleep 2; done
done
grep -h "Computed warnings of rule\|spent" "$home/data/log/karaf.log" | sed "s/.*| //"
# The pool's connections opened at this start, so their CPU time is this start's database work.
backends=$(bench_sql -tAc "SELECT pid FROM pg_stat_activity
  WHERE datname = 'hoso_bench' AND pid <> pg_backend_pid()")
echo "CPU used since the start: Karaf $(cpu_seconds $(with_stat "$(cat "$home/karaf.pid")")) s," \
  "PostgreSQL connections $(cpu_seconds $(with_stat $backends)) s (load average now:" \
  "$(cut -d' ' -f1-3 /proc/loadavg))"

login() {
  curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$1\"}" \
    "http://127.0.0.1:$port/api/v1/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}
new_password='Benchmark Hoso 2026!'
token=$(login "$admin_password")
token=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$admin_password\",\"newPassword\":\"$new_password\"}" \
  "http://127.0.0.1:$port/api/v1/auth/password" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

echo "Timing $queries requests of GET /api/v1/warnings?unit=...&size=50 (90-day window)"
times=$(mktemp)
for i in $(seq 1 "$queries"); do
  unit=$((1000000000000 + 1 + (i * 37 % 200)))
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/api/v1/warnings?unit=$unit&size=50" >> "$times"
done
percentiles() {
  sort -n "$1" | awk '{ t[NR] = $1 * 1000 } END {
    printf "p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests\n",
      t[int(NR * 0.50)], t[int(NR * 0.95)], t[NR], NR }'
}
percentiles "$times"

echo "Timing $queries requests of the same window for the whole ministry (1,000,000 people)"
: > "$times"
for i in $(seq 1 "$queries"); do
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/api/v1/warnings?unit=1000000000000&size=50&page=$((i % 5))" >> "$times"
done
percentiles "$times"

rm -f "$times"
