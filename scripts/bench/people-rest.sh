#!/usr/bin/env bash
# Replays the people queries of the last scripts/bench/people.sh run through the REST API of the
# distribution, started on the benchmark database, and prints p50, p95 and max per query kind.
#
# Usage: scripts/bench/people-rest.sh [requests per kind]
# Needs the built distribution archive, the database hoso_search_bench that people.sh loaded, and
# benchmarks/target/people-requests.txt that it wrote. The warning features are left out of the
# boot features, because on a new database the engine would compute every rule for every person
# while the requests run. The security tables are dropped first, so that the server creates the
# administrator anew and writes the one-time password to its log.
set -euo pipefail
cd "$(dirname "$0")/../.."

per_kind=${1:-100}
port=${HOSO_BENCH_PORT:-18483}
requests=benchmarks/target/people-requests.txt
[ -f "$requests" ] || { echo "Missing $requests; run scripts/bench/people.sh first" >&2; exit 1; }

work=$(mktemp -d)
tar xzf distribution/target/hoso-*.tar.gz -C "$work"
home=$(ls -d "$work"/hoso-*)

printf '\norg.osgi.service.http.port = %s\n' "$port" >> "$home/etc/org.ops4j.pax.web.cfg"
printf '\nsshPort = %s\n' "$((port + 1))" >> "$home/etc/org.apache.karaf.shell.cfg"
printf '\nrmiRegistryPort = %s\nrmiServerPort = %s\n' "$((port + 2))" "$((port + 3))" \
  >> "$home/etc/org.apache.karaf.management.cfg"
perl -0pi -e 's/,\s*\\\n\s*hoso-warning[a-z-]*\/[^,\s]*(?=\s*\n)//g;
  s/^\s*hoso-warning[a-z-]*\/[^,\n]*,\s*\\\n//mg' "$home/etc/org.apache.karaf.features.cfg"
cat > "$home/etc/org.ops4j.datasource-hoso.cfg" <<CFG
osgi.jdbc.driver.class = org.postgresql.Driver
url = jdbc:postgresql://127.0.0.1:5432/hoso_search_bench
user = hoso_bench
dataSourceName = hoso
pool = dbcp2
xa = false
pool.maxTotal = 20
CFG

runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -d hoso_search_bench -c \
  "DROP TABLE IF EXISTS refresh_tokens, user_units, user_roles, users, schema_history_vn_hoso_security"

stop_and_wait() {
  local pid
  pid=$(cat "$home/karaf.pid")
  "$home/bin/stop" > /dev/null 2>&1
  while kill -0 "$pid" 2> /dev/null; do sleep 0.5; done
}
cleanup() {
  if [ -f "$home/karaf.pid" ] && kill -0 "$(cat "$home/karaf.pid")" 2> /dev/null; then
    stop_and_wait
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$home/bin/start"
until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/health"; do sleep 1; done
until grep -q "mật khẩu dùng một lần" "$home/data/log/karaf.log"; do sleep 1; done
admin_password=$(grep -ho "mật khẩu dùng một lần: [^ ]*" "$home/data/log/karaf.log" | head -n 1 \
  | sed 's/.*: //')
token=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
new_password='Benchmark Hoso 2026!'
token=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$admin_password\",\"newPassword\":\"$new_password\"}" \
  "http://127.0.0.1:$port/api/v1/auth/password" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

echo "Load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "| Query kind | Requests | p50 | p95 | max |"
echo "|---|---|---|---|---|"
for kind in $(cut -f 1 "$requests" | uniq); do
  times=$(mktemp)
  # The first 10 requests of each kind warm the server up and are not counted.
  awk -F '\t' -v kind="$kind" -v n="$((per_kind + 10))" '$1 == kind && count < n { print $2; count++ }' \
    "$requests" | while read -r query; do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$port/api/v1/people?$query" >> "$times"
  done
  tail -n +11 "$times" | sort -n | awk -v kind="$kind" '{ t[NR] = $1 * 1000 } END {
    p50 = int(NR * 0.50 + 0.999); p95 = int(NR * 0.95 + 0.999)
    printf "| %s | %d | %.1f ms | %.1f ms | %.1f ms |\n", kind, NR, t[p50], t[p95], t[NR] }'
  rm -f "$times"
done
echo "Load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
