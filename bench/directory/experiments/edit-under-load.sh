#!/usr/bin/env bash
# Edits to the directory in the middle of the fixed rate: how the searches fare while the app's kept items move on to
# the new epoch (bench/directory/README.md, "Items kept by the app"). It starts the app on the bench data with
# /tmp/dirb/start.sh (the app on port 18391, PostgreSQL on 15791, data in /tmp/ss-bench, 8 connections) from $DIR,
# warms up with wrk for 120 s, then runs SearchLoad rate at 1,000/s, and from about second 5 of the timed part on
# updates a service's description (another each time) $EDITS times, every $EDIT_EVERY seconds, from one psql session.
# Needs run.sh's target/bench-directory first. Writes /tmp/dirb/eul-$LABEL-{warm,edit,rate}.txt.
# 2026-12-03 11:12: one edit (EDITS=1), at second 29; 2026-12-03 12:20 on: EDITS=11, EDIT_EVERY=5.
DIR=${DIR:-/work/main}; EDITS=${EDITS:-1}; EDIT_EVERY=${EDIT_EVERY:-5}; LABEL=${LABEL:-run}
cd /work/main; out=target/bench-directory; cp=$out/classes:target/classes:$(cat $out/classpath)
export PATHS=/work/main/target/bench-directory/api-paths.txt
DIR=$DIR POOL=8 /tmp/dirb/start.sh > /dev/null
wrk -t1 -c16 -d120s --timeout 10s -s bench/directory/rotate.lua http://127.0.0.1:18391 > /tmp/dirb/eul-$LABEL-warm.txt
(sleep 26
 for i in $(seq 1 "$EDITS"); do
   echo "select now(), epoch from directory.search_epoch;"
   echo "update directory.service set description = description || ' ' where id ="
   echo "  (select id from directory.service order by id offset $((i * 7919)) limit 1);"
   echo "select now(), epoch from directory.search_epoch;"
   sleep "$EDIT_EVERY"
 done) | psql -h 127.0.0.1 -p 15791 -U postgres -d ourown -At > /tmp/dirb/eul-$LABEL-edit.txt 2>&1 &
java -Xms1g -Xmx1g -Xmn600m -Dpool=8 -cp "$cp" org.ourown.directory.internal.SearchLoad rate http://127.0.0.1:18391 $out/requests.tsv 1000 60 15 2>/dev/null > /tmp/dirb/eul-$LABEL-rate.txt
wait
/tmp/dirb/stop.sh > /dev/null
