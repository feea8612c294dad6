import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The app processes' resident memory (VmRSS, sampled) and CPU over the measured time, from /proc. */
final class LoadMeter {
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
