#!/usr/bin/env bash
# The directory search benchmark (issue 3, item 9). One command, from the repository root or anywhere:
#
#   bench/directory/run.sh
#
# Starts the app (./mvnw spring-boot:run) on a throwaway embedded PostgreSQL with a fixed port, fills it with
# 100,000 services at 60,000 locations (generate.sql), checks a sample of the generated openings against the app's
# own engine, warms up, then, each for a fixed time and stopping by itself:
#   1. the HSDS API search mix, GET /api/hsds/service_at_locations, with wrk at CONCURRENCY connections, then again
#      at LOW_CONCURRENCY (fewer clients at once: the same throughput with shorter queues);
#   1c. the same mix at a fixed RATE of searches a second, open loop (SearchLoad rate: each search is due at its own
#      moment and timed from it, so a stall counts in every search it delays, which a closed loop like wrk hides);
#   2. the same searches as /directory pages, at PAGE_CONCURRENCY connections;
#   3. the very SQL those API searches run (SearchSql), straight to PostgreSQL over JDBC, at CONCURRENCY;
#   4. per query shape, app and database one request at a time.
# It prints the figures, the CPU used by app, PostgreSQL, load generator and anything else, the data sizes and the
# memory, and keeps every output in target/bench-directory/. Loopback only.
#
# Settings (environment): CONCURRENCY=16 LOW_CONCURRENCY=8 DURATION=60 WARMUP=120 DB_WARMUP=30 PAGE_CONCURRENCY=4
#   PAGE_DURATION=30
#   SHAPE_DURATION=20 APP_PORT=18090 PG_PORT=15439 JVM_OPTS="-Xms1g -Xmx1g"
#   POOL_SIZE=8  the app's connections to PostgreSQL (ourown.embedded-database.pool-size; the app's own default is
#                two per core plus one), and the JDBC driver's in phase 3: on 2 cores at a fixed 1,000 searches/s, p99
#                34 to 75 ms in four runs with 8 where 4 gave 79 ms; under wrk 20 did worse than 4 (bench/directory/README.md)
#   ITEM_CACHE=128MB  the search items the app keeps for the directory's epoch (ourown.directory.search-item-cache, the
#                app's default), and the same for phase 3, which sends the statements the app sends
#   KEEP_DATA=/some/dir  keep the database there and reuse it next time (skips generating when it is filled)
#   RATE=1000 RATE_WARMUP=15  phase 1c's searches a second (the goal), and its warm-up's seconds at half that rate
#                (the driver's own JIT) before five seconds at the rate and the timed part
#   PHASES="api rate page db shapes"  which of the measurements to run
#   WARMUP  seconds of the API mix before measuring: the JIT compiles for about two minutes after a start, and with
#           30 s the app still used 1.3 ms of CPU a search where it uses 0.7 ms warm (bench/directory/README.md)
set -euo pipefail
cd "$(dirname "$0")/../.."

concurrency=${CONCURRENCY:-16}
duration=${DURATION:-60}
warmup=${WARMUP:-120}
low_concurrency=${LOW_CONCURRENCY:-8}
db_warmup=${DB_WARMUP:-30}
page_concurrency=${PAGE_CONCURRENCY:-4}
page_duration=${PAGE_DURATION:-30}
shape_duration=${SHAPE_DURATION:-20}
app_port=${APP_PORT:-18090}
pg_port=${PG_PORT:-15439}
jvm_opts=${JVM_OPTS:--Xms1g -Xmx1g}
pool_size=${POOL_SIZE:-8}
item_cache=${ITEM_CACHE:-128MB}
rate=${RATE:-1000}
rate_warmup=${RATE_WARMUP:-15}
phases=" ${PHASES:-api rate page db shapes} "
out=target/bench-directory
mkdir -p "$out"
exec > >(tee "$out/run.txt") 2>&1
echo "bench/directory/run.sh at $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (src changed)')"
echo "CONCURRENCY=$concurrency LOW_CONCURRENCY=$low_concurrency RATE=$rate DURATION=$duration WARMUP=$warmup DB_WARMUP=$db_warmup PAGE_CONCURRENCY=$page_concurrency PAGE_DURATION=$page_duration SHAPE_DURATION=$shape_duration POOL_SIZE=$pool_size ITEM_CACHE=$item_cache JVM_OPTS=\"$jvm_opts\""
if [ -n "${KEEP_DATA:-}" ]; then
  data=$KEEP_DATA
else
  data=$(mktemp -d /tmp/ourown-bench-XXXXXX)
fi
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d ourown)
jdbc="jdbc:postgresql://127.0.0.1:$pg_port/ourown"
base="http://127.0.0.1:$app_port"

for tool in wrk psql java curl ss; do
  command -v "$tool" >/dev/null || { echo "needs $tool (wrk: apt-get install wrk)"; exit 1; }
done

say() { printf '\n== %s\n' "$*"; }

# --- build: the app, and the two small Java drivers against its classes -------------------------------------------
say "build"
# not offline (-o): on a fresh machine, after ./mvnw verify, the dependency plugin is not yet in the local repository
./mvnw -q -B compile
[ -s "$out/classpath" ] && [ "$out/classpath" -nt pom.xml ] \
  || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath"
classpath="$out/classes:target/classes:$(cat "$out/classpath")"
javac -proc:none -d "$out/classes" -cp "$classpath" bench/directory/SearchLoad.java bench/directory/OpeningsCheck.java
# A young generation of 600 MB: the open loop makes about 200 KB a second of garbage, and with 256 MB of heap it was
# collected once in a minute at the fixed rate, a pause of 25 to 50 ms counted in every search due meanwhile.
driver() { java -Xms1g -Xmx1g -Xmn600m -Dpool="$pool_size" -DitemCache="$item_cache" -cp "$classpath" "$@"; }

# --- the app --------------------------------------------------------------------------------------------------------
# spring-boot:run starts the JVM with -XX:TieredStopAtLevel=1 by default (fast start, slow code); a benchmark needs
# the full JIT, so optimizedLaunch=false. A fixed 1 GiB heap keeps the memory figures comparable between runs.
say "start the app on $base (data in $data, PostgreSQL on port $pg_port)"
./mvnw -q -B spring-boot:run -Dspring-boot.run.optimizedLaunch=false \
  -Dspring-boot.run.jvmArguments="$jvm_opts" \
  -Dspring-boot.run.arguments="--server.port=$app_port --server.address=127.0.0.1 --ourown.demo=false --ourown.embedded-database.data-directory=$data/pg --ourown.embedded-database.port=$pg_port --ourown.embedded-database.pool-size=$pool_size --ourown.directory.search-item-cache=$item_cache --logging.level.root=WARN" \
  > "$out/app.log" 2>&1 &
mvn_pid=$!
app_pid=
stop_app() {
  [ -n "$app_pid" ] || app_pid=$(ss -Hltnp "sport = :$app_port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  [ -n "$app_pid" ] || kill "$mvn_pid" 2>/dev/null || true
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
  fi
  wait "$mvn_pid" 2>/dev/null || true
  if [ -z "${KEEP_DATA:-}" ]; then rm -rf "$data"; fi
}
trap stop_app EXIT
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$base/actuator/health/readiness" && break
  kill -0 "$mvn_pid" 2>/dev/null || { echo "the app stopped; see $out/app.log"; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "$base/actuator/health/readiness" || { echo "the app did not start; see $out/app.log"; exit 1; }
app_pid=$(ss -Hltnp "sport = :$app_port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
postmaster=$(head -1 "$data/pg/postmaster.pid")
pg_pids() { echo "$postmaster" $(pgrep -P "$postmaster" || true); }

# --- data -----------------------------------------------------------------------------------------------------------
if [ "$("${psql[@]}" -Atc "select count(*) from pg_namespace where nspname = 'directory_bench'")" = 0 ]; then
  say "generate 100,000 services at 60,000 locations (generate.sql)"
  started=$(date +%s)
  "${psql[@]}" -f bench/directory/generate.sql | tee "$out/generate.log" | tail -3
  echo "generated in $(( $(date +%s) - started )) s"
else
  say "reuse the generated directory in $data"
  # a migration since may have rewritten the search rows (V9 did): without this, their visibility map is empty and
  # index-only scans read the table until autovacuum comes round
  "${psql[@]}" -c "vacuum analyze directory.search_row, directory.search_item, directory.name_word, directory.name_lexeme, directory.document_lexeme"
fi
"${psql[@]}" -At -F $'\t' -f bench/directory/paths.sql > "$out/requests.tsv"
cut -f2 "$out/requests.tsv" > "$out/api-paths.txt"
cut -f3 "$out/requests.tsv" > "$out/page-paths.txt"
echo "$(wc -l < "$out/requests.tsv") searches in the mix; e.g. $(sed -n 2p "$out/api-paths.txt")"

say "check every 200th service's openings against the app's engine (OpeningsCheck)"
driver org.ourown.directory.internal.OpeningsCheck "$jdbc" 200 2>/dev/null | grep -v -e Hikari -e '^\s*$'

# --- measuring helpers ----------------------------------------------------------------------------------------------
hz=$(getconf CLK_TCK)
family() { echo "$1" $(pgrep -P "$1" || true); }  # a load generator started from a shell function is its child
# A snapshot is one awk reading every counter at once (and the process lists are made before it). Made of a sed and
# an awk for each of PostgreSQL's processes (about 60 processes), each snapshot delayed about a second of searches at
# the fixed rate: 700 to 1,200 searches over 50 ms, p99 from about 40 ms to about 100 (bench/directory/README.md).
snapshot() {  # into directory $1 (made): time, machine busy ticks (all cores), and the ticks of each process of app,
  local files=(/proc/stat) pid  # PostgreSQL ($2) and load generator ($3)
  for pid in $app_pid $2 $3; do [ -r "/proc/$pid/stat" ] && files+=("/proc/$pid/stat"); done
  awk -v dir="$1" -v now="${EPOCHREALTIME/./}000" -v app="$app_pid" -v pg=" $2 " -v load=" $3 " '
    BEGIN { printf "%s\n", now > (dir "/time"); printf "" > (dir "/app"); printf "" > (dir "/pg"); printf "" > (dir "/load") }
    FILENAME == "/proc/stat" { if ($1 == "cpu") print $2 + $3 + $4 + $7 + $8 + $9 > (dir "/busy"); next }
    { pid = FILENAME; gsub(/[^0-9]/, "", pid); line = $0; sub(/.*\) /, "", line); split(line, f, " ")
      group = pid == app ? "app" : index(pg, " " pid " ") ? "pg" : index(load, " " pid " ") ? "load" : ""
      if (group != "") print pid, f[12] + f[13] > (dir "/" group) }' "${files[@]}"
}
used() {  # ticks a group used between snapshots $1 and $2: processes that ended in between are not counted
  awk 'FILENAME == ARGV[1] { before[$1] = $2; next } { used += $2 - before[$1] } END { print used + 0 }' \
    "$1/$3" "$2/$3"
}
cpu_split() {  # from two snapshots: CPU used, in % of one core
  awk -v s=$(( $(cat "$2/time") - $(cat "$1/time") )) -v hz="$hz" -v b=$(( $(cat "$2/busy") - $(cat "$1/busy") )) \
    -v a="$(used "$1" "$2" app)" -v p="$(used "$1" "$2" pg)" -v l="$(used "$1" "$2" load)" -v n="$(nproc)" \
    'BEGIN { s /= 1e9; f = 100 / hz / s; o = b - a - p - l; if (o < 0) o = 0;
      printf "CPU (%% of one core): app %.0f%%, PostgreSQL %.0f%%, load generator %.0f%%, everything else %.0f%%;", a*f, p*f, l*f, o*f;
      printf " machine %.0f%% busy of %d cores\n", b*f/n, n }'
}
# Runs a load in the background, takes the CPU snapshots over its measured part (after $1 s, for $2 s: a few
# seconds inside the load's own measured time, so that every process is still there at both ends).
measured() {
  local skip=$1 span=$2; shift 2
  mkdir -p "$out/cpu-before" "$out/cpu-after"
  local read_before
  read_before=$(blocks_read)
  "$@" &
  local pid=$! pg load
  sleep $(( skip - 1 )); pg=$(pg_pids); load=$(family "$pid")  # after the load has made its connections
  sleep 1; snapshot "$out/cpu-before" "$pg" "$load"
  sleep "$span"; snapshot "$out/cpu-after" "$pg" "$load"
  wait "$pid"
  cpu_split "$out/cpu-before" "$out/cpu-after"
  echo "pages PostgreSQL read from outside its buffers (the file cache or the disk) in this phase:" \
    $(( $(blocks_read) - read_before ))
}
# between phases only: a psql process in the middle of a measured part is a second of slow searches at the fixed rate
blocks_read() { "${psql[@]}" -Atc "select blks_read from pg_stat_database where datname = current_database()"; }
wrk_run() {  # connections seconds paths-file label
  PATHS="$3" wrk -t1 -c"$1" -d"$2"s --timeout 10s -s bench/directory/rotate.lua "$base" > "$out/wrk-$4.txt"
}
report_wrk() {
  local result
  result=$(grep '^RESULT' "$out/wrk-$1.txt")
  awk -v label="$2" '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s: %.0f requests/s (%d in %.0f s), errors %d, non-2xx %d; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms\n",
      label, v["requests"] / v["seconds"], v["requests"], v["seconds"], v["errors"], v["non2xx"],
      v["p50"] / 1000, v["p90"] / 1000, v["p99"] / 1000, v["p999"] / 1000, v["max"] / 1000 }' <<< "$result"
}

# --- load -----------------------------------------------------------------------------------------------------------
say "machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average/load average/')"

# The database's files into the machine's file cache, as on a server that has been answering for a while: the
# pages read tables the API does not (services, schedules, phones, addresses), and with the files read from disk the
# pages phase ran at 20 to 59 pages a second with the machine a third busy, waiting on reads (bench/directory/README.md).
# This virtual machine's host takes the file cache back within minutes (1.5 of 3 GB in ten minutes, with 20 GB free),
# so they are read again before the pages phase.
read_files() {
  echo "the database's files read into the file cache: $(du -sh "$data/pg" | cut -f1) in" \
    "$( { TIMEFORMAT=%R; time find "$data/pg" -type f -exec cat {} + > /dev/null 2>&1 || true; } 2>&1 ) s"
}
read_files

# the pages first, so that the API phase follows its own warm-up: with the pages warmed last, its p99.9 was 415 to
# 676 ms in three runs, 122 ms in the first run after (bench/directory/README.md)
say "warm up: pages 10 s, then the API $warmup s"
wrk_run "$page_concurrency" 10 "$out/page-paths.txt" warmup-page
wrk_run "$concurrency" "$warmup" "$out/api-paths.txt" warmup-api
echo "load now: $(uptime | sed 's/.*load average/load average/')"

if [[ $phases == *" api "* ]]; then
say "1. API search mix: wrk, $concurrency connections, $duration s"
measured 2 $(( duration - 8 )) wrk_run "$concurrency" "$duration" "$out/api-paths.txt" api
report_wrk api "GET /api/hsds/service_at_locations"
say "1b. API search mix: wrk, $low_concurrency connections, $duration s"
measured 2 $(( duration - 8 )) wrk_run "$low_concurrency" "$duration" "$out/api-paths.txt" api-low
report_wrk api-low "GET /api/hsds/service_at_locations at $low_concurrency connections"
fi

if [[ $phases == *" rate "* ]]; then
say "1c. API search mix at a fixed $rate searches/s, open loop, $duration s (after $rate_warmup s at half that rate and 5 s at it)"
measured $(( rate_warmup + 8 )) $(( duration - 8 )) driver org.ourown.directory.internal.SearchLoad rate "$base" \
  "$out/requests.tsv" "$rate" "$duration" "$rate_warmup" > "$out/rate.txt" 2>/dev/null
cat "$out/rate.txt"
fi

if [[ $phases == *" page "* ]]; then
say "2. the same searches as pages: wrk, $page_concurrency connections, $page_duration s"
read_files
measured 2 $(( page_duration - 8 )) wrk_run "$page_concurrency" "$page_duration" "$out/page-paths.txt" page
report_wrk page "GET /directory"
fi

if [[ $phases == *" db "* ]]; then
say "3. the same SQL straight to PostgreSQL: JDBC, $concurrency threads on $pool_size connections, $duration s (after ${db_warmup} s warm-up)"
measured $(( db_warmup + 3 )) $(( duration - 8 )) driver org.ourown.directory.internal.SearchLoad db "$jdbc" \
  "$out/requests.tsv" "$concurrency" "$duration" "$db_warmup" > "$out/db.txt" 2>/dev/null
grep -v Hikari "$out/db.txt"
fi
if [[ $phases == *" api "* && $phases == *" db "* ]]; then
api_p50=$(grep '^RESULT' "$out/wrk-api.txt" | grep -o 'p50=[0-9]*' | cut -d= -f2)
db_p50=$(grep '^db concurrency' "$out/db.txt" | grep -o 'p50=[0-9.]*' | cut -d= -f2)
awk -v a="$api_p50" -v d="$db_p50" 'BEGIN { printf "median: app %.2f ms, database %.2f ms: the app median is %.1fx the database median (goal: at most 2x)\n", a / 1000, d, a / 1000 / d }'
fi

if [[ $phases == *" shapes "* ]]; then
say "4. per query shape, one request at a time ($shape_duration s each)"
driver org.ourown.directory.internal.SearchLoad http "$base" "$out/requests.tsv" 1 "$shape_duration" 5 > "$out/shapes-app.txt" 2>/dev/null
driver org.ourown.directory.internal.SearchLoad db "$jdbc" "$out/requests.tsv" 1 "$shape_duration" 5 > "$out/shapes-db.txt" 2>/dev/null
echo "app:"; grep -v Hikari "$out/shapes-app.txt"
echo "database:"; grep -v Hikari "$out/shapes-db.txt"
# the app's own cost, without the queues of 16 clients on a full machine that the ratio above also measures
one_app=$(grep '^http concurrency' "$out/shapes-app.txt" | grep -o 'p50=[0-9.]*' | cut -d= -f2)
one_db=$(grep '^db concurrency' "$out/shapes-db.txt" | grep -o 'p50=[0-9.]*' | cut -d= -f2)
awk -v a="$one_app" -v d="$one_db" 'BEGIN { printf "one at a time, median: app %.2f ms, database %.2f ms: %.1fx\n", a, d, a / d }'
fi

# --- sizes and memory -----------------------------------------------------------------------------------------------
say "data and memory"
"${psql[@]}" -c "select (select count(*) from directory.service) as services,
  (select count(*) from directory.location) as locations,
  (select count(*) from directory.service_at_location) as services_at_locations,
  (select count(*) from directory.opening) as openings,
  pg_size_pretty(pg_database_size('ourown')) as database_size"
# PostgreSQL's processes share their buffers, so their RSS would count them many times: PSS shares them out.
pg_pss=0
for pid in $(pg_pids); do
  pg_pss=$(( pg_pss + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0) ))
done
printf 'app JVM: RSS %d MiB (%s); PostgreSQL: %d processes, PSS %d MiB in all\n' \
  $(( $(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status") / 1024 )) "$jvm_opts" \
  "$(pg_pids | wc -w)" $(( pg_pss / 1024 ))
say "load after: $(uptime | sed 's/.*load average/load average/')"
