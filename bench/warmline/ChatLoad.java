import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warm line load client (bench/warmline). Opens CHATS visitor chats on the visitor instance and has peers (each
 * with capacity 5) take them on the peer instance, connects both sides' event streams, then each side sends a
 * message every PERIOD seconds for DURATION seconds. Every message carries a unique id and its send time; the other
 * side's stream records the delivery latency, and at the end lost and duplicated messages are counted.
 *
 * <p>Run with the JDK's source launcher, no dependencies:
 *
 * <pre>java bench/warmline/ChatLoad.java visitors=http://127.0.0.1:18091 peers=http://127.0.0.1:18091 chats=100 \
 *     duration=60 period=5 ramp=20 pids=1234</pre>
 */
public class ChatLoad {

    static final Pattern TOKEN_FORM = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern TOKEN_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern CHAT = Pattern.compile("/chats?/([0-9a-f-]{36})");
    static final Pattern BODY = Pattern.compile("\"body\":\"bench ([0-9a-z-]+) ([0-9]+)\"");

    final Map<String, String> args;
    final String visitorBase;
    final String peerBase;
    final int chats;
    final int duration;
    final int period;
    final int ramp;
    final HttpClient[] clients;
    final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
    /** Limits sign-ins and chat starts in flight, so that the ramp does not queue hundreds of page renders. */
    final Semaphore starting = new Semaphore(16);

    final long epochMicros = System.currentTimeMillis() * 1000;
    final long startNanos = System.nanoTime();
    final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    final Set<String> received = ConcurrentHashMap.newKeySet();
    final AtomicLong sequence = new AtomicLong();
    final AtomicLong sent = new AtomicLong();
    /** Messages whose post answered 204: only these can be lost. */
    final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    final AtomicLong receivedCount = new AtomicLong();
    final AtomicLong duplicated = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    final AtomicLong retakes = new AtomicLong();
    final AtomicInteger paired = new AtomicInteger();
    final long[] latencies = new long[4_000_000];
    final AtomicInteger latencyCount = new AtomicInteger();
    volatile boolean sending;
    volatile boolean running = true;
    final Map<String, String> firstErrors = new ConcurrentHashMap<>();

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new ConcurrentHashMap<>();
        for (String arg : argv) {
            String[] kv = arg.split("=", 2);
            args.put(kv[0], kv[1]);
        }
        new ChatLoad(args).run();
        System.exit(0);
    }

    ChatLoad(Map<String, String> args) {
        this.args = args;
        visitorBase = args.getOrDefault("visitors", "http://127.0.0.1:18091");
        peerBase = args.getOrDefault("peers", visitorBase);
        chats = Integer.parseInt(args.getOrDefault("chats", "100"));
        duration = Integer.parseInt(args.getOrDefault("duration", "60"));
        period = Integer.parseInt(args.getOrDefault("period", "5"));
        ramp = Integer.parseInt(args.getOrDefault("ramp", "30"));
        clients = new HttpClient[Integer.parseInt(args.getOrDefault("clients", "4"))];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(20))
                    .build();
        }
    }

    long nowMicros() {
        return epochMicros + (System.nanoTime() - startNanos) / 1000;
    }

    void error(String what, Throwable e) {
        errors.incrementAndGet();
        firstErrors.putIfAbsent(what, String.valueOf(e));
    }

    void run() throws Exception {
        int peers = (chats + 4) / 5;
        System.out.printf(
                "%d chats (visitors on %s), %d peers with capacity 5 (on %s); a message every %d s from each side for"
                        + " %d s after a %d s ramp%n",
                chats, visitorBase, peers, peerBase, period, duration, ramp);
        List<Peer> signedIn = new ArrayList<>();
        for (int i = 1; i <= peers; i++) {
            signedIn.add(new Peer(this, peerBase, "bench-peer-" + i + "@bench.test"));
        }
        // Ramp: visitors start evenly over the ramp; each one's peer (5 visitors a peer) takes the next in the queue.
        long rampNanos = TimeUnit.SECONDS.toNanos(ramp);
        List<CompletableFuture<Void>> opening = new ArrayList<>();
        var openers = Executors.newCachedThreadPool();
        for (int i = 0; i < chats; i++) {
            long due = rampNanos * i / chats;
            long wait = due - (System.nanoTime() - startNanos);
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Peer peer = signedIn.get(i / 5);
            Visitor visitor = new Visitor(this, visitorBase);
            opening.add(CompletableFuture.runAsync(() -> pair(visitor, peer), openers));
        }
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        System.out.printf("ramp done in %.1f s: %d chats paired, both streams open; errors so far %d%n",
                (System.nanoTime() - startNanos) / 1e9, paired.get(), errors.get());

        Meter meter = new Meter(args.getOrDefault("pids", ""));
        sending = true;
        meter.start();
        long measureStart = System.nanoTime();
        while (System.nanoTime() - measureStart < TimeUnit.SECONDS.toNanos(duration)) {
            TimeUnit.SECONDS.sleep(Math.min(10, duration));
            meter.sample();
            System.out.printf(
                    "  %3.0f s: sent %d, received %d, not yet received %d, errors %d%n",
                    (System.nanoTime() - measureStart) / 1e9,
                    sent.get(), receivedCount.get(), inFlight(), errors.get());
        }
        sending = false;
        meter.stop();
        // Messages sent in the last moment still travel: wait until they arrived and every post has its answer, for
        // thirty seconds at most.
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < drainUntil && (inFlight() > 0 || unanswered() > 0)) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        running = false;
        report(meter);
    }

    /** Confirmed (204) messages the other side has not seen yet. */
    long inFlight() {
        return confirmed.stream().filter(id -> !received.contains(id)).count();
    }

    /** Posts sent whose answer had not come when the load stopped (neither sent nor lost). */
    long unanswered() {
        return sentAt.size() - confirmed.size();
    }

    void pair(Visitor visitor, Peer peer) {
        try {
            starting.acquire();
            String chat;
            try {
                // The peer takes the oldest waiting visitor, who may be another pair's: pairs are made by chat.
                visitor.start();
                peer.ready();
                peer.take();
            } finally {
                starting.release();
            }
        } catch (Exception e) {
            error("pair", e);
        }
    }

    final Map<String, Side> halves = new ConcurrentHashMap<>();

    /** A chat's two sides send once both are there, each from its own stream's point of view. */
    void half(String chat, Side side) {
        Side other = halves.putIfAbsent(chat, side);
        if (other != null) {
            halves.remove(chat);
            schedule(other);
            schedule(side);
            paired.incrementAndGet();
        }
    }

    void report(Meter meter) {
        int n = latencyCount.get();
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        long lost = inFlight();
        long unanswered = unanswered();
        System.out.println();
        System.out.printf("RESULT chats=%d paired=%d duration=%d period=%d%n", chats, paired.get(), duration, period);
        if (unanswered > 0) {
            System.out.printf("posts still unanswered at the end (not counted as sent): %d%n", unanswered);
        }
        System.out.printf(
                "messages: sent %d, received %d, lost %d, duplicated %d; posts refused %d, errors %d, stream"
                        + " reconnects %d, takes repeated %d%n",
                sent.get(),
                receivedCount.get(),
                lost,
                duplicated.get(),
                rejected.get(),
                errors.get(),
                reconnects.get(),
                retakes.get());
        if (n > 0) {
            System.out.printf(
                    "delivery (send -> event on the other side): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted[n / 2] / 1000.0, sorted[(int) (n * 0.9)] / 1000.0,
                    sorted[Math.min(n - 1, (int) (n * 0.99))] / 1000.0, sorted[n - 1] / 1000.0);
        }
        firstErrors.forEach((what, e) -> System.out.printf("first error (%s): %s%n", what, e));
        meter.report();
    }

    /** A message's body: "bench <unique id> <send time in epoch microseconds>". */
    void send(Side side) {
        if (!sending || !running) {
            return;
        }
        String id = side.name() + "-" + sequence.incrementAndGet();
        long at = nowMicros();
        sentAt.put(id, at);
        side.post("bench " + id + " " + at).whenComplete((status, e) -> {
            if (e != null) {
                sentAt.remove(id);
                error("post", e);
            } else if (status == 204) {
                sent.incrementAndGet();
                confirmed.add(id);
            } else {
                sentAt.remove(id);
                rejected.incrementAndGet();
                firstErrors.putIfAbsent("post " + status, side.name());
            }
        });
    }

    /** An event stream's message event, seen by the side that did not send it. */
    void receivedData(String data, String reader) {
        Matcher m = BODY.matcher(data);
        if (!m.find()) {
            return;
        }
        long latency = nowMicros() - Long.parseLong(m.group(2));
        String id = m.group(1);
        if (id.startsWith(reader.substring(0, 1) + "-")) {
            return; // the sender's own message on its own stream
        }
        receivedCount.incrementAndGet();
        if (!received.add(id)) {
            duplicated.incrementAndGet();
            return;
        }
        int i = latencyCount.getAndIncrement();
        if (i < latencies.length) {
            latencies[i] = latency;
        }
    }

    HttpClient client() {
        return clients[ThreadLocalRandom.current().nextInt(clients.length)];
    }

    static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    /** One person: cookies kept by hand (one shared client serves many people), the page's CSRF token. */
    abstract static class Side {
        final ChatLoad load;
        final String base;
        final HttpClient client;
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        volatile String csrf;

        Side(ChatLoad load, String base) {
            this.load = load;
            this.base = base;
            this.client = load.client();
        }

        abstract String name();

        abstract CompletableFuture<Integer> post(String body);

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                builder.header("Cookie", header.toString());
            }
            return builder;
        }

        <T> HttpResponse<T> keep(HttpResponse<T> response) {
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
            if (response.body() instanceof String page) {
                Matcher meta = TOKEN_META.matcher(page);
                Matcher form = TOKEN_FORM.matcher(page);
                if (meta.find()) {
                    csrf = meta.group(1);
                } else if (form.find()) {
                    csrf = form.group(1);
                }
            }
            return response;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = keep(client.send(request(path).build(), HttpResponse.BodyHandlers.ofString()));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response;
        }

        String postForm(String path, Map<String, String> fields) throws Exception {
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            HttpResponse<String> response = keep(client.send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(all)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
            if (response.statusCode() != 302) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode());
            }
            return response.headers().firstValue("Location").orElse("");
        }

        CompletableFuture<Integer> postFromScript(String path, String body) {
            return client.sendAsync(
                            request(path)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("X-Requested-With", "fetch")
                                    .header("X-CSRF-TOKEN", csrf)
                                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("body", body))))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode);
        }

        /** Reads an event stream line by line without a thread of its own; reconnects with Last-Event-ID. */
        void stream(String path, String reader, Runnable onOpen) {
            Stream stream = new Stream(load, this, path, reader);
            stream.connect(onOpen);
        }
    }

    static final class Stream implements Flow.Subscriber<String> {
        final ChatLoad load;
        final Side side;
        final String path;
        final String reader;
        volatile String lastId;
        String event;
        final StringBuilder data = new StringBuilder();

        Stream(ChatLoad load, Side side, String path, String reader) {
            this.load = load;
            this.side = side;
            this.path = path;
            this.reader = reader;
        }

        void connect(Runnable onOpen) {
            HttpRequest.Builder request = side.request(path).timeout(Duration.ofHours(2)).header("Accept", "text/event-stream");
            if (lastId != null) {
                request.header("Last-Event-ID", lastId);
            }
            Stream next = this;
            side.client
                    .sendAsync(request.build(), HttpResponse.BodyHandlers.fromLineSubscriber(next))
                    .whenComplete((response, e) -> {
                        if (e != null) {
                            load.error("stream", e);
                        } else if (response.statusCode() != 200) {
                            load.error("stream", new IllegalStateException("events answered " + response.statusCode()));
                        }
                        // The response completes when the stream ends (the app's 5 minute timeout): read on, from the
                        // last id seen, as a browser does.
                        if (load.running) {
                            load.reconnects.incrementAndGet();
                            load.timer.schedule(() -> connect(null), e == null ? 0 : 1000, TimeUnit.MILLISECONDS);
                        }
                    });
            if (onOpen != null) {
                onOpen.run();
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if ("message".equals(event)) {
                    load.receivedData(data.toString(), reader);
                }
                event = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                lastId = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            }
        }

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
    }

    static final class Visitor extends Side {
        String chat;

        Visitor(ChatLoad load, String base) {
            super(load, base);
        }

        String name() {
            return "v";
        }

        String start() throws Exception {
            get("/warmline/bench");
            Matcher m = CHAT.matcher(postForm("/warmline/bench/chats", Map.of()));
            if (!m.find()) {
                throw new IllegalStateException("the chat did not start");
            }
            chat = m.group(1);
            get("/warmline/chat/" + chat);
            stream("/warmline/chat/" + chat + "/events", "visitor", null);
            load.half(chat, this);
            return chat;
        }

        CompletableFuture<Integer> post(String body) {
            return postFromScript("/warmline/chat/" + chat + "/messages", body);
        }
    }

    static final class Peer extends Side {
        final String email;
        boolean ready;

        Peer(ChatLoad load, String base, String email) {
            super(load, base);
            this.email = email;
        }

        String name() {
            return "p";
        }

        synchronized void ready() throws Exception {
            if (ready) {
                return;
            }
            get("/login");
            postForm("/login", Map.of("email", email, "password", "bench-password"));
            get("/warmline/console");
            postForm("/warmline/console/presence", Map.of("available", "true", "capacity", "5"));
            ready = true;
        }

        String take() throws Exception {
            Matcher m = CHAT.matcher("");
            boolean found = false;
            // "Nobody is waiting" while the ramp's visitors are: a person would press again.
            for (int attempt = 0; attempt < 5; attempt++) {
                if (attempt > 0) {
                    load.retakes.incrementAndGet();
                    Thread.sleep(200);
                }
                String to;
                synchronized (this) {
                    to = postForm("/warmline/console/take", Map.of());
                }
                m = CHAT.matcher(to);
                if (m.find()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                throw new IllegalStateException("nobody to take, five times");
            }
            String chat = m.group(1);
            PeerChat side = new PeerChat(this, chat);
            stream("/warmline/console/chats/" + chat + "/events", "peer", null);
            load.half(chat, side);
            return chat;
        }

        CompletableFuture<Integer> post(String body) {
            throw new UnsupportedOperationException();
        }
    }

    /** A peer's side of one chat: the peer's cookies and token, that chat's address. */
    static final class PeerChat extends Side {
        final Peer peer;
        final String chat;

        PeerChat(Peer peer, String chat) {
            super(peer.load, peer.base);
            this.peer = peer;
            this.chat = chat;
        }

        String name() {
            return "p";
        }

        CompletableFuture<Integer> post(String body) {
            return peer.postFromScript("/warmline/console/chats/" + chat + "/messages", body);
        }
    }

    /** Each side sends every period, from a random moment in the first period, while the load is on. */
    static void schedule(Side side) {
        long offset = ThreadLocalRandom.current().nextLong(side.load.period * 1000L);
        side.load.timer.scheduleAtFixedRate(() -> side.load.send(side), offset, side.load.period * 1000L, TimeUnit.MILLISECONDS);
    }

    /** The app processes' resident memory (VmRSS, sampled) and CPU over the measured time, from /proc. */
    static final class Meter {
        final List<String> pids;
        final Map<String, Long> maxRss = new ConcurrentHashMap<>();
        final Map<String, Long> lastRss = new ConcurrentHashMap<>();
        final Map<String, Long> ticksBefore = new ConcurrentHashMap<>();
        final Map<String, Long> ticksAfter = new ConcurrentHashMap<>();
        long before;
        long after;

        Meter(String pids) {
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
}
