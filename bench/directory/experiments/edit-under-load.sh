#!/usr/bin/env bash
# Edits to the directory in the middle of the fixed rate: how the searches fare while the app's kept items move on to
# each new epoch (bench/directory/README.md, "An edit drops only the items it wrote"). Against an app already started
# on the bench data (e.g. by run.sh's KEEP_DATA database, 8 connections):
#   APP_PORT=18391 PG_PORT=15791 EDITS=11 EDIT_EVERY=5 LABEL=new bench/directory/experiments/edit-under-load.sh
# Warms up with wrk at 16 connections for WARMUP seconds (120), then runs SearchLoad rate at 1,000/s for 60 s (after its
# own 15 s), and from about the fifth measured second on updates a service's description (another each time) EDITS
# times (1), every EDIT_EVERY seconds (5), from one psql session. Needs run.sh's target/bench-directory first. Writes
# target/bench-directory/edit-under-load-$LABEL/{warm,edit,rate}.txt: rate.txt has the searches over 50 ms each
# second, edit.txt each edit's start and end with the epoch before and after.
# Figures: 2026-12-03 11:12 (one edit), 11:49–12:05 (EDITS=11, in turns with 84c695f).
set -euo pipefail
cd "$(dirname "$0")/../../.."
app_port=${APP_PORT:-18391}; pg_port=${PG_PORT:-15791}; warmup=${WARMUP:-120}
edits=${EDITS:-1}; every=${EDIT_EVERY:-5}; label=${LABEL:-run}
out=target/bench-directory; cp=$out/classes:target/classes:$(cat $out/classpath)
dir=$out/edit-under-load-$label; mkdir -p "$dir"
export PATHS=$PWD/$out/api-paths.txt
wrk -t1 -c16 -d"${warmup}s" --timeout 10s -s bench/directory/rotate.lua "http://127.0.0.1:$app_port" > "$dir/warm.txt"
(sleep 26
 for i in $(seq 1 "$edits"); do
   echo "select now(), epoch from directory.search_epoch;"
   echo "update directory.service set description = description || ' ' where id ="
   echo "  (select id from directory.service order by id offset $((i * 7919)) limit 1);"
   echo "select now(), epoch from directory.search_epoch;"
   sleep "$every"
 done) | psql -h 127.0.0.1 -p "$pg_port" -U postgres -d ourown -At > "$dir/edit.txt" 2>&1 &
java -Xms1g -Xmx1g -Xmn600m -cp "$cp" org.ourown.directory.internal.SearchLoad rate "http://127.0.0.1:$app_port" \
    $out/requests.tsv 1000 60 15 2> /dev/null > "$dir/rate.txt"
wait
head -1 "$dir/rate.txt"
echo "searches over 50 ms: $(grep -o '[0-9]* over 50 ms' "$dir/rate.txt" | awk '{s += $1} END {print s + 0}')"
