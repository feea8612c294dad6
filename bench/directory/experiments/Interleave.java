/*
 * Two or more builds' search statements against one PostgreSQL, in turns a batch at a time (which goes first
 * alternates), each on a connection of its own, one search at a time: the host's speed, which moves by a third within
 * minutes here, moves every build's figures alike. For each build: the wall time a search (statement and JDBC, the
 * items kept as the app keeps them), PostgreSQL's CPU a search (its backend's utime + stime from /proc, in 10 ms
 * ticks), the time a search of each shape, and its prepared statements' generic and custom plans.
 *
 * Each build's classes (target/classes of a worktree of it) load in a class loader of their own, with run.sh's
 * benchmark classes (SearchLoad) beside them; the libraries are shared. With PostgreSQL running (the app started on
 * the bench data, idle):
 *
 *   bd=target/bench-directory; cp=$(cat $bd/classpath)
 *   javac -proc:none -d /tmp/interleave -cp "$cp" bench/directory/experiments/Interleave.java
 *   java -Xms1g -Xmx1g -DitemCache=128MB -cp "/tmp/interleave:$cp" Interleave jdbc:postgresql://127.0.0.1:15791/ourown \
 *     $bd/requests.tsv 20 500 $bd/classes /path/to/before/target/classes /path/to/after/target/classes
 *
 * (20 batches of 500 searches each, after 4,000 of each build to warm up.)
 */
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.springframework.jdbc.core.simple.JdbcClient;

public class Interleave {
    static final class Version {
        String name; Method search; List<?> requests; JdbcClient jdbc; int pid;
        long nanos, ticks; Map<String, long[]> shapes = new TreeMap<>();
    }
    static long ticks(int pid) throws Exception {
        String[] f = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
    public static void main(String[] a) throws Exception {
        String url = a[0]; Path tsv = Path.of(a[1]); int batches = Integer.parseInt(a[2]); int size = Integer.parseInt(a[3]);
        String bench = a[4];
        List<Version> versions = new ArrayList<>();
        for (int i = 5; i < a.length; i++) {
            Version v = new Version(); v.name = a[i];
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(bench).toUri().toURL(), Path.of(a[i]).toUri().toURL()}, Interleave.class.getClassLoader());
            Class<?> sl = loader.loadClass("org.ourown.directory.internal.SearchLoad");
            Method read = sl.getDeclaredMethod("read", Path.class); read.setAccessible(true);
            v.requests = (List<?>) read.invoke(null, tsv);
            Class<?> req = v.requests.get(0).getClass();
            v.search = sl.getDeclaredMethod("search", JdbcClient.class, req); v.search.setAccessible(true);
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url); pool.setUsername("postgres"); pool.setMaximumPoolSize(1); pool.setMinimumIdle(1);
            v.jdbc = JdbcClient.create(pool);
            v.pid = v.jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
            versions.add(v);
        }
        Method shape = versions.get(0).requests.get(0).getClass().getDeclaredMethod("shape"); shape.setAccessible(true);
        int n = versions.get(0).requests.size();
        // warm-up: every request once in each
        for (Version v : versions) for (int i = 0; i < Math.min(n, 4000); i++) v.search.invoke(null, v.jdbc, v.requests.get(i));
        for (int b = 0; b < batches; b++) {
            int from = (4000 + b * size) % n;
            for (int k = 0; k < versions.size(); k++) {
                Version v = versions.get((b + k) % versions.size());
                long t0 = ticks(v.pid), start = System.nanoTime();
                for (int i = from; i < from + size; i++) {
                    Object r = v.requests.get(i % n);
                    long s = System.nanoTime();
                    v.search.invoke(null, v.jdbc, r);
                    long[] acc = v.shapes.computeIfAbsent((String) shape.invoke(versions.get(0).requests.get(i % n)), x -> new long[2]);
                    acc[0] += System.nanoTime() - s; acc[1]++;
                }
                v.nanos += System.nanoTime() - start; v.ticks += ticks(v.pid) - t0;
            }
        }
        long count = (long) batches * size;
        for (Version v : versions) {
            System.out.printf("%s: %d searches, %.3f ms a search (wall, one at a time), PostgreSQL CPU %.3f ms a search%n",
                    v.name, count, v.nanos / 1e6 / count, v.ticks * 10.0 / count);
            v.shapes.forEach((s, acc) -> System.out.printf("  %-20s %6d  %.3f ms%n", s, acc[1], acc[0] / 1e6 / acc[1]));
        }
        for (Version v : versions) {
            System.out.println(v.name + " prepared statements (generic, custom plans):");
            v.jdbc.sql("select generic_plans, custom_plans, md5(statement) as h, length(statement) as len from pg_prepared_statements order by custom_plans desc limit 12")
                    .query((rs, i) -> "  " + rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3).substring(0, 8) + " " + rs.getInt(4)).list().forEach(System.out::println);
        }
        System.exit(0);
    }
}
