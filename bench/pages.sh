#!/usr/bin/env bash
# Directory pages on the demo data: starts the app from this tree on a throwaway data directory (port 18480),
# warms up 5 s, then 15 s of wrk at 4 connections per page, printing pages/s, p50 and p99.
# Usage: bench/pages.sh [label]    (needs wrk: apt-get install -y wrk)
set -u
cd "$(dirname "$0")/.."
label=${1:-run}
data=$(mktemp -d)
port=18480
./mvnw -q -B -ntp spring-boot:run -Dspring-boot.run.arguments="--server.port=$port \
  --ourown.embedded-database.data-directory=$data --logging.level.root=WARN" > "target/pages-$label.log" 2>&1 &
for _ in $(seq 1 120); do sleep 1; curl -s -o /dev/null "localhost:$port/" && break; done
for path in "/directory?q=support" "/directory?near=14850&radius=100"; do
  wrk -t2 -c4 -d5s "http://localhost:$port$path" > /dev/null 2>&1
  echo "$label $path"
  wrk -t2 -c4 -d15s --latency "http://localhost:$port$path" | grep -E "Requests/sec|50%|99%"
done
pkill -f "org.ourown.OurOwnApplication"
sleep 3
rm -rf "$data"
