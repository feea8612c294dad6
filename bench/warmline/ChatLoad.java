import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
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
 * <p>JDK only, three files (this one, {@code ChatSides}, {@code LoadMeter}); run.sh compiles and runs them:
 *
 * <pre>javac -d out bench/warmline/*.java
 * java -cp out ChatLoad visitors=http://127.0.0.1:18091 peers=http://127.0.0.1:18091 chats=100 duration=60 \
 *     period=5 ramp=20 pids=1234</pre>
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
    /** Seconds of the same load before the measured time, not counted (0 by default: a cold start is measured). */
    final int warmup;
    /** Messages sent before this moment (epoch µs) are the warm-up's: neither counted nor timed. */
    volatile long countFrom;
    final HttpClient[] clients;
    /** transport=socket (the page's way, the default) or transport=events (event streams and a request per post). */
    final boolean sockets;
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
        warmup = Integer.parseInt(args.getOrDefault("warmup", "0"));
        sockets = !"events".equals(args.getOrDefault("transport", "socket"));
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
                        + " %d s after a %d s ramp; over %s%n",
                chats, visitorBase, peers, peerBase, period, duration, ramp,
                sockets ? "WebSockets" : "event streams and posts");
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

        LoadMeter meter = new LoadMeter(args.getOrDefault("pids", ""));
        sending = true;
        if (warmup > 0) {
            System.out.printf("warm-up: the same load for %d s, not counted%n", warmup);
            TimeUnit.SECONDS.sleep(warmup);
        }
        countFrom = nowMicros();
        meter.start();
        long measureStart = System.nanoTime();
        while (System.nanoTime() - measureStart < TimeUnit.SECONDS.toNanos(duration)) {
            TimeUnit.SECONDS.sleep(Math.min(10, duration));
            meter.sample();
            int upTo = Math.min(latencyCount.get(), latencies.length);
            long[] recent = Arrays.copyOfRange(latencies, Math.min(shown, upTo), upTo);
            shown = upTo;
            Arrays.sort(recent);
            System.out.printf(
                    "  %3.0f s: sent %d, received %d, not yet received %d, errors %d; since the last line p50 %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms%n",
                    (System.nanoTime() - measureStart) / 1e9,
                    sent.get(), receivedCount.get(), inFlight(), errors.get(),
                    percentile(recent, 0.5), percentile(recent, 0.99), percentile(recent, 1.0));
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

    /** How many latencies the periodic lines have shown. */
    int shown;

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1000.0;
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

    void report(LoadMeter meter) {
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
        if (at < countFrom || countFrom == 0) {
            side.post("bench " + id + " " + at);
            return;
        }
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
        long sentAtMicros = Long.parseLong(m.group(2));
        if (countFrom == 0 || sentAtMicros < countFrom) {
            return; // the warm-up's
        }
        long latency = nowMicros() - sentAtMicros;
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

    /** Each side sends every period, from a random moment in the first period, while the load is on. */
    static void schedule(Side side) {
        long offset = ThreadLocalRandom.current().nextLong(side.load.period * 1000L);
        side.load.timer.scheduleAtFixedRate(() -> side.load.send(side), offset, side.load.period * 1000L, TimeUnit.MILLISECONDS);
    }

}
