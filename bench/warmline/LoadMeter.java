import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app processes' resident memory (VmRSS, sampled) and CPU over the measured time, from /proc; and, for where the
 * rest of the machine went, PostgreSQL's processes, this load client and the whole machine.
 */
final class LoadMeter {
    long pgBefore;
    long clientBefore;
    long[] machineBefore;
    long pgAfter;
    long clientAfter;
    long[] machineAfter;
    final List<String> pids;
    final Map<String, Long> maxRss = new ConcurrentHashMap<>();
    final Map<String, Long> lastRss = new ConcurrentHashMap<>();
    final Map<String, Long> ticksBefore = new ConcurrentHashMap<>();
    final Map<String, Long> ticksAfter = new ConcurrentHashMap<>();
    long before;
    long after;

    LoadMeter(String pids) {
        this.pids = pids.isBlank() ? List.of() : List.of(pids.split(","));
    }

    void start() {
        before = System.nanoTime();
        pids.forEach(pid -> ticksBefore.put(pid, ticks(pid)));
        pgBefore = postgresTicks();
        clientBefore = ticks(Long.toString(ProcessHandle.current().pid()));
        machineBefore = machine();
        sample();
    }

    void sample() {
        for (String pid : pids) {
            long rss = rss(pid);
            lastRss.put(pid, rss);
            maxRss.merge(pid, rss, Math::max);
        }
    }

    void stop() {
        after = System.nanoTime();
        sample();
        pids.forEach(pid -> ticksAfter.put(pid, ticks(pid)));
        pgAfter = postgresTicks();
        clientAfter = ticks(Long.toString(ProcessHandle.current().pid()));
        machineAfter = machine();
    }

    void report() {
        double seconds = (after - before) / 1e9;
        for (String pid : pids) {
            double cpu = (ticksAfter.get(pid) - ticksBefore.get(pid)) / 100.0 / seconds * 100;
            System.out.printf(
                    "app pid %s: RSS %d MiB at the end, %d MiB at most (sampled every 10 s); CPU %.0f%% of one core"
                            + " over the measured %.0f s%n",
                    pid, lastRss.get(pid) / 1024, maxRss.get(pid) / 1024, cpu, seconds);
        }
        double busy = machineAfter[0] - machineBefore[0];
        double all = machineAfter[1] - machineBefore[1];
        System.out.printf(
                "the rest: PostgreSQL %.0f%% of one core, this load client %.0f%%; the whole machine %.0f%% busy of"
                        + " %d cores%n",
                (pgAfter - pgBefore) / 100.0 / seconds * 100,
                (clientAfter - clientBefore) / 100.0 / seconds * 100,
                all == 0 ? 0 : busy / all * 100,
                Runtime.getRuntime().availableProcessors());
    }

    /** Every PostgreSQL process's ticks, with those of its children that ended (cutime, cstime). */
    static long postgresTicks() {
        long sum = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.equals("postgres")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                                + Long.parseLong(f[14]);
                    }
                } catch (Exception e) {
                    // gone meanwhile
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return sum;
    }

    /** The machine's busy and total ticks, from the first line of /proc/stat. */
    static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (Exception e) {
            return new long[] {0, 0};
        }
    }

    static long rss(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // gone
        }
        return 0;
    }

    /** User + system clock ticks (100 a second on Linux). */
    static long ticks(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }
}
