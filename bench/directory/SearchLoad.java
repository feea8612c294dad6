package org.ourown.directory.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLDecoder;
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
import org.springframework.util.unit.DataSize;

/**
 * The benchmark's closed-loop driver for what wrk cannot do: the same searches issued straight to PostgreSQL, and
 * latency per query shape.
 *
 * <p>{@code db} mode turns each API path into the {@link SearchQuery} that HsdsApi builds from it and runs the
 * statements {@code SearchPages.hsdsPage} runs for it (the page, its count and its ids, then the items it does not
 * keep for the epoch), through JdbcClient with the app's JDBC driver, the same text with {@code ?} and the search's
 * values, exactly as {@code HsdsSearch} does, keeping items as the app does. It
 * lives in the directory's internal package only to reach SearchSql, so the SQL is the app's own, not a copy.
 * {@code http} mode sends the path to the running app, through one keep-alive connection a thread
 * ({@code OneConnection}). Each of {@code concurrency} threads runs one request at a time, back to back, through the
 * shuffled list; it warms up, then measures for a fixed time and stops.
 *
 * <p>{@code rate} is open-loop: it sends the paths to the running app at a fixed rate, each request due at its own
 * moment (the n-th at n / RATE seconds) whether or not the ones before have been answered, and times each from the
 * moment it was due, not from when it could be sent. A closed loop such as wrk waits for an answer before it sends
 * again, so it sends less when the app is slow and does not count the requests it did not send
 * ("coordinated omission"); at a fixed rate a stall shows in the latency of every request that falls in it. It warms
 * up for WARMUP_SECONDS at half the rate, untimed, then runs five seconds at the rate before timing.
 *
 * <pre>java -cp … org.ourown.directory.internal.SearchLoad db|http TARGET PATHS CONCURRENCY SECONDS WARMUP_SECONDS
 * java -cp … org.ourown.directory.internal.SearchLoad rate BASE_URL PATHS RATE SECONDS WARMUP_SECONDS
 * java -cp … org.ourown.directory.internal.SearchLoad explain JDBC_URL PATHS PER_SHAPE 0 0
 * java -cp … org.ourown.directory.internal.SearchLoad words JDBC_URL PATHS PASSES 0 0</pre>
 *
 * TARGET is a JDBC URL (db) or a base URL such as http://127.0.0.1:18090 (http). PATHS has one request per line:
 * shape TAB api-path TAB page-path. {@code explain} prints the SQL and EXPLAIN (ANALYZE, BUFFERS) of the first
 * PER_SHAPE searches of each shape; {@code words} compares the one-word statement with the general one
 * ({@link #words}).
 */
public final class SearchLoad {

    private static final double METERS_PER_MILE = 1609.344;
    private static final int DEFAULT_PER_PAGE = 50;
    private static final double DEFAULT_RADIUS_METERS = 40_000;

    private record Request(String shape, String path, Map<String, String> params, byte[] line) {

        Request(String shape, String path, Map<String, String> params) {
            this(shape, path, params, ("GET " + path + " ").getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private interface Call {
        void run(Request request) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: SearchLoad db|http|rate|explain TARGET PATHS CONCURRENCY SECONDS WARMUP_SECONDS");
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
                URI base = URI.create(args[1]);
                ThreadLocal<OneConnection> connection = ThreadLocal.withInitial(() -> new OneConnection(base));
                run(mode, requests, concurrency, warmup, measure, request -> connection.get().get(request));
            }
            case "rate" -> {
                URI base = URI.create(args[1]);
                // the warm-up at half the rate, not timed: while this JVM still compiles its own code it cannot keep
                // up with the full rate, and the backlog it left took the first ten seconds of the timed part to
                // clear; then five seconds at the rate before timing
                rate(requests, Math.max(1, concurrency / 2), Duration.ZERO, warmup, base, false);
                rate(requests, concurrency, Duration.ofSeconds(5), measure, base, true);
            }
            case "explain" -> {
                try (HikariDataSource pool = new HikariDataSource()) {
                    pool.setJdbcUrl(args[1]);
                    pool.setUsername("postgres");
                    explain(JdbcClient.create(pool), requests, concurrency);
                }
            }
            case "words" -> {
                try (HikariDataSource pool = new HikariDataSource()) {
                    pool.setJdbcUrl(args[1]);
                    pool.setUsername("postgres");
                    pool.setMaximumPoolSize(1);
                    words(JdbcClient.create(pool), requests, concurrency);
                }
            }
            default -> throw new IllegalArgumentException("mode is db, http, rate, explain or words, not " + mode);
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
            if (sql.oneWordHsdsSql != null) {
                statements.add(0, sql.oneWordHsdsSql);
            }
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

    /**
     * The one-word statement against the general one, on the searches that have it: each search's two statements run
     * one after the other on one connection, in turns which goes first, for {@code passes} passes (the first a
     * warm-up, not timed). Prints how many the one-word statement answered (the rest fell back to the general one),
     * whether each answer was the general statement's, byte for byte, and the time of each.
     */
    static void words(JdbcClient jdbc, List<Request> requests, int passes) {
        List<SearchSql> searches = new ArrayList<>();
        for (Request request : requests) {
            SearchSql sql = new SearchSql(query(request), true);
            if (sql.oneWordHsdsSql != null) {
                searches.add(sql);
            }
        }
        int answered = 0;
        int same = 0;
        List<Long> general = new ArrayList<>();
        List<Long> oneWord = new ArrayList<>();
        List<Long> fellBack = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < searches.size(); i++) {
                SearchSql sql = searches.get(i);
                boolean oneWordFirst = (i + pass) % 2 == 0;
                long[] took = new long[2];
                List<String> answers = new ArrayList<>(List.of("", ""));
                for (int turn = 0; turn < 2; turn++) {
                    int which = (turn == 0) == oneWordFirst ? 1 : 0;
                    String statement = which == 1 ? sql.oneWordHsdsSql : sql.hsdsSql();
                    StringBuilder answer = new StringBuilder();
                    long started = System.nanoTime();
                    jdbc.sql(statement).params(sql.params).query(rs -> {
                        answer.append(rs.getString(1)).append('\t').append(rs.getString(2)).append('\n');
                    });
                    took[which] = System.nanoTime() - started;
                    answers.set(which, answer.toString());
                }
                if (pass == 0) {
                    if (!answers.get(1).isEmpty()) {
                        answered++;
                        same += answers.get(1).equals(answers.get(0)) ? 1 : 0;
                    }
                    continue;
                }
                general.add(took[0]);
                (answers.get(1).isEmpty() ? fellBack : oneWord).add(took[1]);
            }
        }
        System.out.printf("one-word searches: %d; answered from the word's index ranges: %d, the same page and count as"
                + " the general statement: %d; fell back: %d%n", searches.size(), answered, same,
                searches.size() - answered);
        // on the one connection: how PostgreSQL planned the prepared statements (generic plans, not planned anew)
        jdbc.sql("select generic_plans, custom_plans, left(statement, 40) from pg_prepared_statements"
                        + " where generic_plans + custom_plans > 10 order by 1 + 2 desc")
                .query((rs, n) -> rs.getLong(1) + " generic and " + rs.getLong(2) + " custom plans: "
                        + rs.getString(3))
                .list()
                .forEach(System.out::println);
        System.out.printf("general statement: %s%none-word statement, answered: %s%none-word statement, fell back"
                + " (then the general one runs too): %s%n", summary(general), summary(oneWord), summary(fellBack));
    }

    private static String summary(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "none";
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return String.format("%d runs, mean %.3f ms, median %.3f ms, p90 %.3f ms", nanos.size(), mean,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 9 / 10) / 1e6);
    }

    /** What HsdsApi.serviceAtLocations does with the parameters, then HsdsLists' one search statement. */
    /**
     * The items kept for the directory's epoch, as the app keeps them ({@code SearchItems}, as many bytes: run.sh's
     * {@code ITEM_CACHE}), so that the database phase sends the statements the app sends.
     */
    private static final SearchItems KEPT =
            new SearchItems(DataSize.parse(System.getProperty("itemCache", "128MB")));

    static void search(JdbcClient jdbc, Request request) {
        SearchQuery query = query(request);
        SearchPages.hsdsPage(jdbc, new SearchSql(query, true), query.page(), query.size(), KEPT);
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

    /**
     * A thread's one keep-alive connection of the closed loop ({@code http} mode), the open loop's {@link Connection}
     * waited on alone: a search at a time is timed with as little of the client's own cost in it as the open loop
     * has. {@code java.net.http.HttpClient}, used before, took 0.4 ms of CPU a request and a thread hand-off each way.
     */
    private static final class OneConnection {
        private final URI base;
        private final java.nio.channels.Selector selector;
        private Connection connection;

        OneConnection(URI base) {
            this.base = base;
            try {
                selector = java.nio.channels.Selector.open();
                connection = new Connection(base, selector);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void get(Request request) throws java.io.IOException {
            int status = -1;
            try {
                connection.send(request, System.nanoTime());
                while (status == -1) {
                    selector.select();
                    selector.selectedKeys().clear();
                    status = connection.read();
                }
            } finally {
                if (status != 200 || connection.closes) {
                    connection.close();
                    connection = new Connection(base, selector, connection);
                }
            }
            if (status != 200) {
                throw new IllegalStateException("HTTP " + status + " for " + request.path());
            }
        }
    }

    private static void run(
            String mode, List<Request> requests, int concurrency, Duration warmup, Duration measure, Call call)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Timings> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Timings mine = new Timings();
            perThread.add(mine);
            int thread = t;
            Thread worker = new Thread(() -> {
                int next = thread * requests.size() / concurrency;
                while (!stop.get()) {
                    Request request = requests.get(next);
                    next = (next + 1) % requests.size();
                    long started = System.nanoTime();
                    try {
                        call.run(request);
                    } catch (Exception e) {
                        if (measuring.get()) {
                            mine.failed(e);
                        }
                        continue;
                    }
                    if (measuring.get()) {
                        mine.add(request.shape(), System.nanoTime() - started);
                    }
                }
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
        report(mode + " concurrency=" + concurrency, perThread, seconds);
    }

    /**
     * Open loop: request n is due at {@code start + n / perSecond}; an idle connection takes it at that moment, and its
     * latency runs from that moment. Requests due in the warm-up are sent and not timed. With every connection waiting
     * on an answer, requests start late, and that lateness is in their latency.
     *
     * <p>One thread drives every connection through a selector, as wrk does: the load generator shares the machine's
     * two cores with the app and PostgreSQL, and a thread a connection (64 of them, each woken for its moment and again
     * for its answer) took 13% to 14% of a core at 1,000/s, where wrk takes 8% to 9%. A request is never sent early:
     * the selector's timeout is in whole milliseconds, rounded up, so one is sent up to a millisecond late, and that
     * counts in its latency.
     */
    private static void rate(
            List<Request> requests, int perSecond, Duration warmup, Duration measure, URI base, boolean print)
            throws java.io.IOException {
        long period = 1_000_000_000L / perSecond;
        // 64 keep enough in flight: at 1,000/s and 10 ms each, 10 are; a stall of 64 ms fills them all, and then
        // requests start late, which their latency shows
        int connections = 64;
        long start = System.nanoTime() + 100_000_000L;
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        // per second of the measured time (by when the requests were due): the slowest, and how many took over 50 ms
        int secondsMeasured = (int) measure.toSeconds() + 1;
        long[] slowest = new long[secondsMeasured];
        int[] over50 = new int[secondsMeasured];
        long late = 0;
        Timings timings = new Timings();
        try (java.nio.channels.Selector selector = java.nio.channels.Selector.open()) {
            java.util.ArrayDeque<Connection> idle = new java.util.ArrayDeque<>();
            for (int c = 0; c < connections; c++) {
                idle.add(new Connection(base, selector));
            }
            long n = 0;
            int inFlight = 0;
            while (true) {
                long now = System.nanoTime();
                while (!idle.isEmpty() && start + n * period < end && start + n * period <= now) {
                    long at = start + n * period;
                    Request request = requests.get((int) (n++ % requests.size()));
                    if (at >= measureFrom && now - at > 5_000_000L) {
                        late++;
                    }
                    Connection connection = idle.poll();
                    try {
                        connection.send(request, at);
                        inFlight++;
                    } catch (java.io.IOException e) {
                        if (at >= measureFrom) {
                            timings.failed(e);
                        }
                        connection.close();
                        idle.add(new Connection(base, selector, connection));
                    }
                }
                long next = start + n * period;
                if (next >= end && inFlight == 0) {
                    break;
                }
                long wait = next < end && !idle.isEmpty() ? next - System.nanoTime() : 10_000_000_000L;
                if (wait <= 0) {
                    selector.selectNow();
                } else {
                    selector.select((wait + 999_999) / 1_000_000);
                }
                for (java.nio.channels.SelectionKey key : selector.selectedKeys()) {
                    Connection connection = (Connection) key.attachment();
                    int status;
                    try {
                        status = connection.read();
                    } catch (java.io.IOException e) {
                        status = -2;
                        if (connection.due >= measureFrom) {
                            timings.failed(e);
                        }
                    }
                    if (status == -1) {
                        continue;
                    }
                    inFlight--;
                    long at = connection.due;
                    if (status == 200 && at >= measureFrom) {
                        long took = System.nanoTime() - at;
                        timings.add(connection.shape, took);
                        int second = (int) ((at - measureFrom) / 1_000_000_000L);
                        slowest[second] = Math.max(slowest[second], took);
                        if (took > 50_000_000L) {
                            over50[second]++;
                        }
                    } else if (status >= 0 && status != 200 && at >= measureFrom) {
                        timings.failed(new IllegalStateException("HTTP " + status + " for " + connection.path));
                    }
                    if (status == 200 && !connection.closes) {
                        idle.add(connection);
                    } else {
                        connection.close();
                        idle.add(new Connection(base, selector, connection));
                    }
                }
                selector.selectedKeys().clear();
            }
            for (Connection connection : idle) {
                connection.close();
            }
        }
        if (!print) {
            return;
        }
        double seconds = measure.toNanos() / 1e9;
        report("rate target=" + perSecond + "/s connections=" + connections, List.of(timings), seconds);
        System.out.printf(
                "  sent more than 5 ms after they were due (every connection busy, or the client woken late on a"
                        + " busy machine): %d; latency is from the moment each request was due%n",
                late);
        long wallStart = System.currentTimeMillis() - (System.nanoTime() - measureFrom) / 1_000_000L;
        for (int second = 0; second < secondsMeasured; second++) {
            if (over50[second] > 0) {
                System.out.printf(
                        "  second %d (%s): %d over 50 ms, slowest %.1f ms%n",
                        second,
                        Instant.ofEpochMilli(wallStart + second * 1000L),
                        over50[second],
                        slowest[second] / 1e6);
            }
        }
    }

    /**
     * One keep-alive HTTP/1.1 connection of the open loop, non-blocking: a GET, then its answer (by Content-Length or
     * chunked) read as it arrives, as bytes. java.net.http.HttpClient took 0.4 ms of CPU a request here, a fifth of
     * what the app and PostgreSQL have for a search on this machine.
     */
    private static final class Connection {
        private static final byte[] CONTENT_LENGTH = bytes("content-length:");
        private static final byte[] TRANSFER_ENCODING = bytes("transfer-encoding:");
        private static final byte[] CHUNKED = bytes("chunked");
        private static final byte[] CONNECTION = bytes("connection:");
        private static final byte[] CLOSE = bytes("close");

        private final java.nio.channels.SocketChannel channel;
        private final byte[] host;
        private final java.nio.ByteBuffer in;
        /** The request's bytes. */
        private final java.nio.ByteBuffer out;
        /** The answer so far. */
        private byte[] data;

        private int length;
        private int headersEnd;
        private int status;
        private long contentLength;
        private boolean chunked;
        /** Where the next chunk's size line starts (chunked answers). */
        private int chunkAt;

        String shape;
        String path;
        long due;
        boolean closes;

        Connection(URI base, java.nio.channels.Selector selector) throws java.io.IOException {
            this(base, selector, null);
        }

        /**
         * A new connection, with the buffers of {@code closed} if there is one: the app closes a connection after 100
         * requests, and the client makes no garbage of its own while it measures (a collection of its heap would stop
         * it, and every search due meanwhile would count the pause).
         */
        Connection(URI base, java.nio.channels.Selector selector, Connection closed) throws java.io.IOException {
            in = closed == null ? java.nio.ByteBuffer.allocateDirect(65_536) : closed.in.clear();
            out = closed == null ? java.nio.ByteBuffer.allocate(16_384) : closed.out;
            data = closed == null ? new byte[65_536] : closed.data;
            channel = java.nio.channels.SocketChannel.open(
                    new java.net.InetSocketAddress(base.getHost(), base.getPort()));
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            channel.register(selector, java.nio.channels.SelectionKey.OP_READ, this);
            host = ("HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }

        void send(Request request, long at) throws java.io.IOException {
            shape = request.shape();
            path = request.path();
            due = at;
            length = 0;
            headersEnd = -1;
            chunkAt = -1;
            contentLength = -1;
            chunked = false;
            closes = false;
            out.clear();
            out.put(request.line()).put(host).flip();
            // a few hundred bytes into an empty socket buffer: written at once
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }

        /** Reads what has arrived; the answer's status once it is whole, else -1. */
        int read() throws java.io.IOException {
            int got = channel.read(in);
            if (got < 0) {
                throw new java.io.EOFException("the connection closed");
            }
            in.flip();
            if (length + in.remaining() > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, length + in.remaining()));
            }
            int count = in.remaining();
            in.get(data, length, count);
            in.clear();
            length += count;
            if (headersEnd < 0 && !headers()) {
                return -1;
            }
            if (chunked) {
                return chunks() ? status : -1;
            }
            if (contentLength < 0) {
                throw new java.io.IOException("an answer without a length");
            }
            return length >= headersEnd + contentLength ? status : -1;
        }

        /** Parses the status line and headers once they are all here. */
        private boolean headers() {
            int end = find(0, length, (byte) '\r', (byte) '\n', (byte) '\r', (byte) '\n');
            if (end < 0) {
                return false;
            }
            headersEnd = end + 4;
            status = (data[9] - '0') * 100 + (data[10] - '0') * 10 + (data[11] - '0');
            for (int line = find(0, end, (byte) '\r', (byte) '\n') + 2; line < end; ) {
                int lineEnd = find(line, end + 2, (byte) '\r', (byte) '\n');
                if (startsWith(line, lineEnd, CONTENT_LENGTH)) {
                    contentLength = number(line + CONTENT_LENGTH.length, lineEnd, 10);
                } else if (startsWith(line, lineEnd, TRANSFER_ENCODING) && contains(line, lineEnd, CHUNKED)) {
                    chunked = true;
                } else if (startsWith(line, lineEnd, CONNECTION) && contains(line, lineEnd, CLOSE)) {
                    closes = true;
                }
                line = lineEnd + 2;
            }
            chunkAt = headersEnd;
            return true;
        }

        /** Walks the chunks that are here; whether the last one (size 0, then an empty line) has come. */
        private boolean chunks() {
            while (true) {
                int lineEnd = find(chunkAt, length, (byte) '\r', (byte) '\n');
                if (lineEnd < 0) {
                    return false;
                }
                long size = number(chunkAt, lineEnd, 16);
                if (size == 0) {
                    // no trailers: the empty line that ends the answer
                    return length >= lineEnd + 4;
                }
                if (length < lineEnd + 2 + size + 2) {
                    return false;
                }
                chunkAt = (int) (lineEnd + 2 + size + 2);
            }
        }

        private int find(int from, int to, byte... bytes) {
            for (int at = from; at + bytes.length <= to; at++) {
                int i = 0;
                while (i < bytes.length && data[at + i] == bytes[i]) {
                    i++;
                }
                if (i == bytes.length) {
                    return at;
                }
            }
            return -1;
        }

        /** Whether the line starts with the lower-case {@code prefix}, in any case. */
        private boolean startsWith(int from, int to, byte[] prefix) {
            if (to - from < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((data[from + i] | 0x20) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        private boolean contains(int from, int to, byte[] word) {
            for (int at = from; at + word.length <= to; at++) {
                int i = 0;
                while (i < word.length && (data[at + i] | 0x20) == word[i]) {
                    i++;
                }
                if (i == word.length) {
                    return true;
                }
            }
            return false;
        }

        /** The number (decimal or hex) from {@code from}, skipping spaces, up to the first other character. */
        private long number(int from, int to, int radix) {
            long value = 0;
            for (int i = from; i < to; i++) {
                int digit = Character.digit(data[i], radix);
                if (digit >= 0) {
                    value = value * radix + digit;
                } else if (data[i] != ' ') {
                    break;
                }
            }
            return value;
        }

        void close() {
            try {
                channel.close();
            } catch (java.io.IOException e) {
                // closing anyway
            }
        }
    }

    /** One thread's latencies, per shape and in all, and its errors. */
    private static final class Timings {
        /** Per shape, and in all: the latencies so far and how many. Added to without allocating, once grown. */
        private final Map<String, Series> values = new HashMap<>();

        private final Series all = new Series();
        private int errors;
        private String firstError;

        Timings() {
            values.put("all", all);
        }

        void add(String shape, long nanos) {
            all.add(nanos);
            Series mine = values.get(shape);
            if (mine == null) {
                mine = new Series();
                values.put(shape, mine);
            }
            mine.add(nanos);
        }

        void failed(Exception e) {
            errors++;
            firstError = e.toString();
        }

        Map<String, long[]> trimmed() {
            Map<String, long[]> trimmed = new HashMap<>();
            values.forEach((key, series) -> trimmed.put(key, Arrays.copyOf(series.nanos, series.count)));
            return trimmed;
        }
    }

    /** Latencies, in an array that doubles when full: a few times a run, not once a search. */
    private static final class Series {
        private long[] nanos = new long[4_096];
        private int count;

        void add(long value) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, nanos.length * 2);
            }
            nanos[count++] = value;
        }
    }

    private static void report(String header, List<Timings> perThread, double seconds) {
        Map<String, long[]> merged = new TreeMap<>();
        int errorCount = 0;
        String firstError = null;
        for (Timings mine : perThread) {
            mine.trimmed().forEach((key, values) -> merged.merge(key, values, SearchLoad::concat));
            errorCount += mine.errors;
            firstError = firstError == null ? mine.firstError : firstError;
        }
        long[] all = merged.containsKey("all") ? merged.remove("all") : new long[0];
        System.out.printf(
                "%s seconds=%.1f requests=%d errors=%d throughput=%.1f/s mean=%.2fms %s%n",
                header,
                seconds,
                all.length,
                errorCount,
                all.length / seconds,
                Arrays.stream(all).average().orElse(0) / 1e6,
                percentiles(all));
        if (firstError != null) {
            System.out.println("first error: " + firstError);
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
                "p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms",
                at(sorted, 0.50),
                at(sorted, 0.90),
                at(sorted, 0.99),
                at(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6);
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
