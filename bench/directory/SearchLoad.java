package org.ourown.directory.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ourown.directory.Near;
import org.ourown.directory.SearchQuery;
import org.ourown.directory.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's closed-loop driver for what wrk cannot do: the same searches issued straight to PostgreSQL, and
 * latency per query shape.
 *
 * <p>{@code db} mode turns each API path into the {@link SearchQuery} that HsdsApi builds from it and runs the one
 * statement {@code new SearchSql(query, true).hsdsPage} makes (the page, its count and its items' JSON), through
 * JdbcClient with the app's JDBC driver and typed parameters, exactly as {@code HsdsLists.serviceAtLocations} does. It lives in the directory's
 * internal package only to reach SearchSql, so the SQL is the app's own, not a copy. {@code http} mode sends the path
 * to the running app. Each of {@code concurrency} threads runs one request at a time, back to back, through the
 * shuffled list; it warms up, then measures for a fixed time and stops.
 *
 * <pre>java -cp … org.ourown.directory.internal.SearchLoad db|http TARGET PATHS CONCURRENCY SECONDS WARMUP_SECONDS
 * java -cp … org.ourown.directory.internal.SearchLoad explain JDBC_URL PATHS PER_SHAPE 0 0</pre>
 *
 * TARGET is a JDBC URL (db) or a base URL such as http://127.0.0.1:18090 (http). PATHS has one request per line:
 * shape TAB api-path TAB page-path. {@code explain} prints the SQL and EXPLAIN (ANALYZE, BUFFERS) of the first
 * PER_SHAPE searches of each shape.
 */
public final class SearchLoad {

    private static final double METERS_PER_MILE = 1609.344;
    private static final int DEFAULT_PER_PAGE = 50;
    private static final double DEFAULT_RADIUS_METERS = 40_000;

    private record Request(String shape, String path, Map<String, String> params) {}

    private interface Call {
        void run(Request request) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: SearchLoad db|http|explain TARGET PATHS CONCURRENCY SECONDS WARMUP_SECONDS");
            System.exit(2);
        }
        String mode = args[0];
        List<Request> requests = read(Path.of(args[2]));
        int concurrency = Integer.parseInt(args[3]);
        Duration measure = Duration.ofSeconds(Long.parseLong(args[4]));
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[5]));
        switch (mode) {
            case "db" -> {
                try (HikariDataSource pool = new HikariDataSource()) {
                    pool.setJdbcUrl(args[1]);
                    pool.setUsername("postgres");
                    // as many connections as the app has (POOL_SIZE in run.sh), shared by the client threads
                    int connections = Integer.getInteger("pool", concurrency);
                    pool.setMaximumPoolSize(connections);
                    pool.setMinimumIdle(connections);
                    JdbcClient jdbc = JdbcClient.create(pool);
                    run(mode, requests, concurrency, warmup, measure, request -> search(jdbc, request));
                }
            }
            case "http" -> {
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                String base = args[1];
                run(mode, requests, concurrency, warmup, measure, request -> get(client, base, request));
            }
            case "explain" -> {
                try (HikariDataSource pool = new HikariDataSource()) {
                    pool.setJdbcUrl(args[1]);
                    pool.setUsername("postgres");
                    explain(JdbcClient.create(pool), requests, concurrency);
                }
            }
            default -> throw new IllegalArgumentException("mode is db, http or explain, not " + mode);
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the first {@code perShape} searches of each shape, with their parameters. */
    static void explain(JdbcClient jdbc, List<Request> requests, int perShape) {
        Map<String, Integer> shown = new TreeMap<>();
        for (Request request : requests) {
            if (shown.merge(request.shape(), 1, Integer::sum) > perShape) {
                continue;
            }
            SearchSql sql = new SearchSql(query(request), true);
            System.out.println("-- " + request.shape() + ": " + request.path() + "\n-- params " + sql.params);
            System.out.println(sql.sql + ";");
            List<String> statements = new ArrayList<>(List.of(sql.hsdsSql(), sql.sql, sql.countSql));
            if (sql.countWithTyposSql != null) {
                statements.add(sql.countWithTyposSql);
            }
            for (String statement : statements) {
                jdbc.sql("explain (analyze, buffers) " + statement)
                        .params(sql.params)
                        .query(String.class)
                        .list()
                        .forEach(line -> System.out.println("   " + line));
            }
            System.out.println();
        }
    }

    /** What HsdsApi.serviceAtLocations does with the parameters, then HsdsLists' one search statement. */
    static void search(JdbcClient jdbc, Request request) {
        SearchQuery query = query(request);
        new SearchSql(query, true).hsdsPage(jdbc, query.page(), query.size());
    }

    /** The SearchQuery HsdsApi.serviceAtLocations builds from these parameters. */
    static SearchQuery query(Request request) {
        Map<String, String> p = request.params();
        Near near = null;
        if (p.containsKey("lat")) {
            double meters = Double.parseDouble(p.getOrDefault("radius", String.valueOf(DEFAULT_RADIUS_METERS)));
            near = new Near(
                    Double.parseDouble(p.get("lat")), Double.parseDouble(p.get("lng")), meters / METERS_PER_MILE, null);
        }
        ServiceKind kind = null;
        if (p.containsKey("taxonomy_term_id")) {
            UUID term = UUID.fromString(p.get("taxonomy_term_id"));
            kind = Arrays.stream(ServiceKind.values())
                    .filter(k -> k.termId().equals(term))
                    .findFirst()
                    .orElseThrow();
        }
        Instant openAt = "true".equals(p.get("open_now")) ? Instant.now() : null;
        int perPage = Integer.parseInt(p.getOrDefault("per_page", String.valueOf(DEFAULT_PER_PAGE)));
        return new SearchQuery(p.get("search"), kind, near, openAt, null, null, null, false, 1, perPage);
    }

    static void get(HttpClient client, String base, Request request) throws Exception {
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(URI.create(base + request.path())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + request.path());
        }
    }

    private static void run(
            String mode, List<Request> requests, int concurrency, Duration warmup, Duration measure, Call call)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Map<String, long[]>> perThread = new ArrayList<>();
        int[] errors = new int[concurrency];
        String[] firstError = new String[1];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Map<String, long[]> mine = new HashMap<>();
            perThread.add(mine);
            int thread = t;
            Thread worker = new Thread(() -> {
                Map<String, Integer> counts = new HashMap<>();
                int next = thread * requests.size() / concurrency;
                while (!stop.get()) {
                    Request request = requests.get(next);
                    next = (next + 1) % requests.size();
                    long started = System.nanoTime();
                    try {
                        call.run(request);
                    } catch (Exception e) {
                        if (measuring.get()) {
                            errors[thread]++;
                            firstError[0] = e.toString();
                        }
                        continue;
                    }
                    long took = System.nanoTime() - started;
                    if (measuring.get()) {
                        for (String key : List.of("all", request.shape())) {
                            int n = counts.merge(key, 1, Integer::sum);
                            long[] values = mine.computeIfAbsent(key, k -> new long[1024]);
                            if (n > values.length) {
                                values = Arrays.copyOf(values, values.length * 2);
                                mine.put(key, values);
                            }
                            values[n - 1] = took;
                        }
                    }
                }
                counts.forEach((key, n) -> mine.put(key, Arrays.copyOf(mine.get(key), n)));
            }, "load-" + t);
            worker.start();
            threads.add(worker);
        }
        Thread.sleep(warmup.toMillis());
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(measure.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        Map<String, long[]> merged = new TreeMap<>();
        for (Map<String, long[]> mine : perThread) {
            mine.forEach((key, values) -> merged.merge(key, values, SearchLoad::concat));
        }
        int errorCount = Arrays.stream(errors).sum();
        long[] all = merged.containsKey("all") ? merged.remove("all") : new long[0];
        System.out.printf(
                "%s concurrency=%d seconds=%.1f requests=%d errors=%d throughput=%.1f/s mean=%.2fms %s%n",
                mode,
                concurrency,
                seconds,
                all.length,
                errorCount,
                all.length / seconds,
                Arrays.stream(all).average().orElse(0) / 1e6,
                percentiles(all));
        if (firstError[0] != null) {
            System.out.println("first error: " + firstError[0]);
        }
        long total = Arrays.stream(all).sum();
        merged.forEach((shape, values) -> System.out.printf(
                "  %-19s n=%-6d of requests %4.1f%%, of time %4.1f%%  mean=%.2fms %s%n",
                shape,
                values.length,
                100.0 * values.length / all.length,
                100.0 * Arrays.stream(values).sum() / total,
                Arrays.stream(values).average().orElse(0) / 1e6,
                percentiles(values)));
    }

    private static String percentiles(long[] nanos) {
        if (nanos.length == 0) {
            return "(none)";
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static List<Request> read(Path file) throws Exception {
        List<Request> requests = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] columns = line.split("\t");
            String path = columns[1];
            Map<String, String> params = new HashMap<>();
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                int eq = pair.indexOf('=');
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            requests.add(new Request(columns[0], path, params));
        }
        return requests;
    }
}
