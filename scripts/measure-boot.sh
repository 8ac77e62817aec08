#!/usr/bin/env bash
# Measures the distribution's size and the time from unpacking it to the first HTTP 200 of
# /api/v1/health, on the embedded H2 database. Usage: scripts/measure-boot.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."

archive=$(ls distribution/target/hoso-*.tar.gz)
runs=${1:-3}
port=${HOSO_MEASURE_PORT:-18181}
echo "archive: $archive ($(du -h "$archive" | cut -f1))"

for run in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  start=$(date +%s.%N)
  tar xzf "$archive" -C "$work"
  home=$(ls -d "$work"/hoso-*)
  printf '\norg.osgi.service.http.port = %s\n' "$port" >> "$home/etc/org.ops4j.pax.web.cfg"
  "$home/bin/start"
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/health"; do
    sleep 0.1
  done
  end=$(date +%s.%N)
  echo "run $run: first health answer after $(awk "BEGIN { printf \"%.1f\", $end - $start }") s"

  pid=$(cat "$home/karaf.pid")
  "$home/bin/stop" > /dev/null 2>&1
  while kill -0 "$pid" 2> /dev/null; do sleep 0.2; done
  rm -rf "$work"
done
