#!/usr/bin/env bash
# Measures the foundation's figures on this machine:
#  - time from `./mvnw spring-boot:run` (warm build: compiled, dependencies cached) to the first page served,
#  - the app's resident memory (RSS) once it serves pages, and again after 200 directory searches,
#  - the resident memory of its embedded PostgreSQL.
# Usage: bench/startup.sh [runs]   (default 2). Run 1 starts on a new throwaway data directory (initdb, migrations,
# demo data); later runs restart on it. Port 18080.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2}
port=18080
./mvnw -q -B -ntp compile >/dev/null
data=$(mktemp -d)/pg

for run in $(seq 1 "$runs"); do
  [ "$run" = 1 ] && what="first start: new database, migrations, demo data" || what="restart on existing data"
  while curl -fs -o /dev/null "http://localhost:$port/"; do sleep 0.5; done   # the previous run has let go
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
  # The app's own JVM (spring-boot:run forks it), not Maven's.
  app_pid=$(pgrep -f "java .*org.ourown.OurOwnApplication" | head -1)
  rss_start=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
  for i in $(seq 1 200); do curl -fs -o /dev/null "http://localhost:$port/directory?near=14850"; done
  rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
  # Only this app's PostgreSQL: its postmaster (first line of postmaster.pid) and the processes it started.
  # RSS counts shared buffers once per process, so this overstates; PSS (smem) would be fairer.
  pg_main=$(head -1 "$data/postmaster.pid")
  pg_rss=$(ps -o rss= --pid "$pg_main" --ppid "$pg_main" | awk '{s+=$1} END {print int(s/1024)}')
  printf 'run %d (%s): first page after %d ms; app RSS %d MiB at start, %d MiB after 200 directory searches;' \
    "$run" "$what" $(( (end - start) / 1000000 )) $(( rss_start / 1024 )) $(( rss_after / 1024 ))
  printf ' its PostgreSQL %d MiB RSS summed\n' "$pg_rss"
  kill "$app_pid"
  while kill -0 "$app_pid" 2>/dev/null; do sleep 0.5; done
  wait "$mvn_pid" 2>/dev/null || true
done
rm -rf "$(dirname "$data")"
