#!/usr/bin/env bash
# The warm line benchmark (issue 4, item 11). One command, from the repository root or anywhere:
#
#   bench/warmline/run.sh                               # short: 100 chats for 60 s, one instance
#   CHATS=1000 DURATION=300 bench/warmline/run.sh       # the issue's run: 1,000 chats for 5 minutes
#   INSTANCES=2 CHATS=1000 DURATION=300 bench/warmline/run.sh   # visitors on instance 1, peers on instance 2
#
# Builds the app, starts it (java on target/classes, the full JIT) with its embedded PostgreSQL on a fixed port in a
# throwaway data directory, adds a second instance on the same PostgreSQL when INSTANCES=2, generates the bench
# organization, CHATS/5 peers and an always-open line (generate.sql), runs the load client (ChatLoad.java), prints
# its figures and stops the app. Everything it prints, and the apps' logs, are kept in target/bench-warmline/.
#
# Settings (environment): CHATS=100 DURATION=60 PERIOD=5 RAMP=(CHATS/20, at least 10) INSTANCES=1
#   APP_PORT=18091 APP_PORT2=18092 PG_PORT=15441 JVM_OPTS="-Xmx1g" CLIENTS=4 (HTTP clients in the load generator)
#   TRANSPORT=socket (the pages' WebSocket, default) or events (event streams and a request per post)
#   WARMUP=0 seconds of the same load before the measured time, not counted (a cold start is measured by default)
#   APP_ARGS="--some.property=value ..." more arguments for the app(s), for experiments
set -euo pipefail
cd "$(dirname "$0")/../.."

chats=${CHATS:-100}
duration=${DURATION:-60}
period=${PERIOD:-5}
ramp=${RAMP:-$(( chats / 20 > 10 ? chats / 20 : 10 ))}
instances=${INSTANCES:-1}
app_port=${APP_PORT:-18091}
app_port2=${APP_PORT2:-18092}
pg_port=${PG_PORT:-15441}
jvm_opts=${JVM_OPTS:--Xmx1g}
clients=${CLIENTS:-4}
transport=${TRANSPORT:-socket}
warmup=${WARMUP:-0}
peers=$(( (chats + 4) / 5 ))
out=target/bench-warmline
mkdir -p "$out"
exec > >(tee "$out/run.txt") 2>&1
echo "bench/warmline/run.sh at $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (src changed)')"
echo "CHATS=$chats DURATION=$duration PERIOD=$period RAMP=$ramp INSTANCES=$instances JVM_OPTS=\"$jvm_opts\" APP_ARGS=\"${APP_ARGS:-}\""
for tool in psql java curl ss; do
  command -v "$tool" >/dev/null || { echo "needs $tool"; exit 1; }
done

# Each chat holds two event streams open, one a side, and the client as many sockets again: 2,000 chats need some
# 8,000 descriptors between the app and the client (the default soft limit is often 1,024).
want=$(( chats * 8 + 2048 ))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$want" ]; then
  ulimit -n "$want" 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
fi
echo "open files limit: $(ulimit -n)"

say() { printf '\n== %s\n' "$*"; }

say "build"
./mvnw -q -B -o compile
[ -s "$out/classpath" ] && [ "$out/classpath" -nt pom.xml ] \
  || ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath" >/dev/null
classpath="target/classes:$(cat "$out/classpath")"
mkdir -p "$out/client"
javac -d "$out/client" bench/warmline/ChatLoad.java bench/warmline/ChatSides.java bench/warmline/LoadMeter.java

data=$(mktemp -d /tmp/ourown-bench-warmline-XXXXXX)
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d ourown)
pids=()
stop_apps() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  done
  rm -rf "$data"
}
trap stop_apps EXIT

# Server settings for thousands of open event streams. An event stream is an async request: it holds a connection
# but no Tomcat thread while it waits, so the thread pool (200) is not the limit; connections are (8,192 by
# default), and a graceful shutdown would wait for every open stream (the app completes them itself on shutdown).
# The thousand visitors all come from this machine: the per-address start limit is off for the run.
server_args="--server.tomcat.max-connections=20000 --server.tomcat.accept-count=1000 --logging.level.root=WARN"
server_args="$server_args --ourown.warmline.starts-per-address-per-hour=0 ${APP_ARGS:-}"
start_app() {  # port log [extra arguments]
  local port=$1 log=$2; shift 2
  # shellcheck disable=SC2086
  java $jvm_opts -cp "$classpath" org.ourown.OurOwnApplication --server.port="$port" --server.address=127.0.0.1 \
    --ourown.demo=false $server_args "$@" > "$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 360); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "the app stopped; see $log"; exit 1; }
    sleep 0.5
  done
  echo "the app did not start; see $log"; exit 1
}

say "start instance 1 on port $app_port (PostgreSQL on $pg_port, data in $data)"
start_app "$app_port" "$out/app1.log" \
  --ourown.embedded-database.data-directory="$data/pg" --ourown.embedded-database.port="$pg_port"
visitors="http://127.0.0.1:$app_port"
peer_base=$visitors
if [ "$instances" = 2 ]; then
  say "start instance 2 on port $app_port2, on the same PostgreSQL"
  start_app "$app_port2" "$out/app2.log" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/ourown" --spring.datasource.username=postgres
  peer_base="http://127.0.0.1:$app_port2"
fi

say "generate: the bench organization, $peers peers, the line 'bench'"
"${psql[@]}" -v peers="$peers" -f bench/warmline/generate.sql

say "load: machine $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
java -Xss256k -Xmx1g -cp "$out/client" ChatLoad visitors="$visitors" peers="$peer_base" chats="$chats" \
  duration="$duration" period="$period" ramp="$ramp" clients="$clients" transport="$transport" warmup="$warmup" pids="$(IFS=,; echo "${pids[*]}")" \
  | tee "$out/load.txt"

say "after: $(uptime | sed 's/.*load average/load average/')"
"${psql[@]}" -c "select status, count(*) from warmline.chat group by status order by status"
