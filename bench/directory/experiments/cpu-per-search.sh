#!/usr/bin/env bash
# CPU a search of the app and of PostgreSQL under wrk, read from /proc before and after the measured run (no process
# started while it runs). Against an app already started on the bench data (e.g. by run.sh's KEEP_DATA database):
#   APP_PID=… PG_PID=<postmaster> APP_PORT=18391 bench/directory/experiments/cpu-per-search.sh [WARMUP_S] [SECONDS] [CONNECTIONS]
# Warms up with wrk at 16 connections (the JIT), then measures at CONNECTIONS (8). Needs target/bench-directory/
# api-paths.txt (run.sh writes it). Prints searches a second, ms of app and PostgreSQL CPU a search, and p99 (µs).
set -euo pipefail
cd "$(dirname "$0")/../../.."
warmup=${1:-120}; seconds=${2:-30}; connections=${3:-8}
app=${APP_PID:?the app pid}; pm=${PG_PID:?the postmaster pid}; port=${APP_PORT:-18391}
export PATHS=$PWD/target/bench-directory/api-paths.txt
url=http://127.0.0.1:$port
wrk -t1 -c16 -d"${warmup}s" --timeout 10s -s bench/directory/rotate.lua "$url" > /dev/null
app_ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
pg_ticks() { for p in $(cat /proc/"$pm"/task/*/children); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done | awk '{s += $1} END {print s}'; }
a0=$(app_ticks); p0=$(pg_ticks)
out=$(wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/directory/rotate.lua "$url")
a1=$(app_ticks); p1=$(pg_ticks)
n=$(grep -o 'RESULT requests=[0-9]*' <<< "$out" | cut -d= -f2)
hz=$(getconf CLK_TCK)
awk -v n="$n" -v s="$seconds" -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v hz="$hz" -v p99="$(grep -o 'p99=[0-9]*' <<< "$out")" \
    'BEGIN {printf "searches/s %.0f  app %.3f ms  PostgreSQL %.3f ms a search  %s\n", n / s, a * 1000 / hz / n, p * 1000 / hz / n, p99}'
