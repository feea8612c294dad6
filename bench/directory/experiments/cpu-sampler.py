#!/usr/bin/env python3
"""CPU each second, from one process: to run beside the fixed rate without disturbing it.

    cpu-sampler.py APP_PID POSTMASTER_PID SECONDS

Prints a line a second: the UTC time, the machine's busy share (% of all cores), then the CPU (% of one core) of
the app and of PostgreSQL's processes by kind (backends as "backend", then "checkpointer", "autovacuum", ...), the
run queue and the stolen ticks. It reads /proc and starts no process: a shell loop that started a few dozen processes
a second made the app fall behind for good at 1,000 searches a second on a 2-core virtual machine
(bench/directory/README.md). The postmaster's pid is the first line of postmaster.pid in the data directory.
"""
import datetime
import os
import sys
import time


def ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError):
        return None


def children(parent):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == parent:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


def kind(pid):
    try:
        with open(f"/proc/{pid}/cmdline") as f:
            title = f.read().replace("\0", " ")
    except OSError:
        return "gone"
    if "(" in title or "[local]" in title:  # "postgres: user db 127.0.0.1(port) ..."
        return "backend"
    return title.removeprefix("postgres: ").split(" ")[0] or "postmaster"


def machine():
    with open("/proc/stat") as f:
        cpu = f.readline().split()
        procs_running = next(line.split()[1] for line in f if line.startswith("procs_running"))
    busy = sum(int(x) for x in cpu[1:4] + cpu[6:9])  # user nice system, irq softirq steal
    return busy, int(cpu[8]), procs_running


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    app, postmaster, seconds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    hz, cores = os.sysconf("SC_CLK_TCK"), os.cpu_count()
    names = {app: "app", postmaster: "postmaster"}
    before = {}
    last_busy, last_steal, _ = machine()
    for second in range(seconds):
        time.sleep(1 - time.time() % 1)
        if second % 5 == 0:  # new backends and workers
            for pid in children(postmaster):
                names.setdefault(pid, kind(pid))
        busy, steal, running = machine()
        used = {}
        for pid, name in list(names.items()):
            now = ticks(pid)
            if now is None:
                del names[pid]
                continue
            if pid in before:
                used[name] = used.get(name, 0) + now - before[pid]
            before[pid] = now
        shares = " ".join(f"{name} {100 * t / hz:.0f}%" for name, t in sorted(used.items()) if t)
        print(
            datetime.datetime.now(datetime.timezone.utc).strftime("%H:%M:%S"),
            f"busy {100 * (busy - last_busy) / hz / cores:.0f}%",
            shares,
            f"runq {running} steal {steal - last_steal}",
            flush=True,
        )
        last_busy, last_steal = busy, steal


if __name__ == "__main__":
    main()
