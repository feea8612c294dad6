#!/usr/bin/env bash
# One edit to the directory in the middle of the fixed rate: how the searches fare while the app's kept items start anew
# (bench/directory/README.md, "Items kept by the app"). A scratch of 2026-12-03 11:12, kept as it ran: it starts the app
# on the bench data with /tmp/dirb/start.sh (the app on port 18391, PostgreSQL on 15791, data in /tmp/ss-bench, 8
# connections), warms up with wrk for 120 s, then runs SearchLoad rate at 1,000/s, and 50 s into it (about second 30 of
# the timed part) updates one service's description from psql. Needs run.sh's target/bench-directory first.
cd /work/main; out=target/bench-directory; cp=$out/classes:target/classes:$(cat $out/classpath)
export PATHS=/work/main/target/bench-directory/api-paths.txt
POOL=8 /tmp/dirb/start.sh > /dev/null
wrk -t1 -c16 -d120s --timeout 10s -s bench/directory/rotate.lua http://127.0.0.1:18391 > /tmp/dirb/eul-warm.txt
svc=$(psql -h 127.0.0.1 -p 15791 -U postgres -d ourown -Atc "select id from directory.service order by id limit 1")
(sleep 50; date -u +%H:%M:%S.%N > /tmp/dirb/eul-edit.txt; psql -h 127.0.0.1 -p 15791 -U postgres -d ourown -Atc "select epoch from directory.search_epoch; update directory.service set description = description || ' ' where id = '$svc'; select epoch from directory.search_epoch" >> /tmp/dirb/eul-edit.txt 2>&1; date -u +%H:%M:%S.%N >> /tmp/dirb/eul-edit.txt) &
java -Xms1g -Xmx1g -Xmn600m -Dpool=8 -cp "$cp" org.ourown.directory.internal.SearchLoad rate http://127.0.0.1:18391 $out/requests.tsv 1000 60 15 2>/dev/null > /tmp/dirb/eul-rate.txt
wait
/tmp/dirb/stop.sh > /dev/null
