#!/usr/bin/env bash
# Measures the foundation's figures on this machine:
#  - time from `./mvnw spring-boot:run` (warm build: compiled, dependencies cached) to the first page served,
#  - the app's resident memory (RSS) once it serves pages, and again after 200 page loads.
# Usage: bench/startup.sh [runs]   (default 3). Run 1 starts on a new throwaway data directory, later runs restart
# on it. Port 18080.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
./mvnw -q -B -ntp compile >/dev/null

data=$(mktemp -d)/pg
for run in $(seq 1 "$runs"); do
  # The first run creates the database and loads the demo; later runs restart on the same data.
  [ "$run" = 1 ] && fresh="first start: new database, migrations, demo data" || fresh="restart on existing data"
  start=$(date +%s%N)
  ./mvnw -q -B -ntp spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$port --ourown.embedded-database.data-directory=$data" \
    > "bench/out-startup-$run.log" 2>&1 &
  mvn_pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/"; do
    sleep 0.1
    kill -0 "$mvn_pid" 2>/dev/null || { echo "the app stopped; see bench/out-startup-$run.log"; exit 1; }
  done
  end=$(date +%s%N)
  app_pid=$(pgrep -f "org.ourown.OurOwnApplication" | head -1)
  rss_start=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
  for i in $(seq 1 200); do curl -fs -o /dev/null "http://localhost:$port/login"; done
  rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
  printf 'run %d (%s): first page after %d ms; RSS %d MiB at start, %d MiB after 200 pages (JVM only; PostgreSQL runs as its own processes)\n' \
    "$run" "$fresh" $(( (end - start) / 1000000 )) $(( rss_start / 1024 )) $(( rss_after / 1024 ))
  # Only this app's PostgreSQL: its postmaster (first line of postmaster.pid) and the processes it started.
  # RSS counts shared buffers once per process, so this overstates; PSS (smem) would be fairer.
  pg_main=$(head -1 "$data/postmaster.pid")
  pg_rss=$(ps -o rss= --pid "$pg_main" --ppid "$pg_main" | awk '{s+=$1} END {print int(s/1024)}')
  printf '        its embedded PostgreSQL (postmaster %s and children): %d MiB RSS summed\n' "$pg_main" "$pg_rss"
  kill "$app_pid"; wait "$mvn_pid" 2>/dev/null || true
  while [ -f "$data/postmaster.pid" ]; do sleep 0.2; done
done
rm -rf "$(dirname "$data")"
