import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The people of the load: visitors, peers, a peer's side of one chat, and their event streams. */
/** One person: cookies kept by hand (one shared client serves many people), the page's CSRF token. */
abstract class Side {
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
            Matcher meta = ChatLoad.TOKEN_META.matcher(page);
            Matcher form = ChatLoad.TOKEN_FORM.matcher(page);
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
                        .POST(HttpRequest.BodyPublishers.ofString(ChatLoad.form(all)))
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
                                .POST(HttpRequest.BodyPublishers.ofString(ChatLoad.form(Map.of("body", body))))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    /** Reads an event stream line by line without a thread of its own; reconnects with Last-Event-ID. */
    void stream(String path, String reader, Runnable onOpen) {
        Stream stream = new Stream(load, this, path, reader);
        stream.connect(onOpen);
    }

    /** Opens the chat's WebSocket, as the page's script does; it carries both the events and the posts. */
    Socket socket(String path, String reader) {
        Socket socket = new Socket(load, this, path, reader);
        socket.connect();
        return socket;
    }
}

/**
 * A chat page's WebSocket: events in, posts out ({"ref":n,"body":...}, answered by "sent" or "refused"). Reconnects
 * after the last message id seen when the app ends it (its 5 minute renewal), as the page does.
 */
final class Socket implements WebSocket.Listener {
    static final Pattern ID = Pattern.compile("\"id\":([0-9]+)");
    static final Pattern REF = Pattern.compile("\"ref\":([0-9]+)");

    final ChatLoad load;
    final Side side;
    final String path;
    final String reader;
    final AtomicLong refs = new AtomicLong();
    final Map<Long, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();
    final StringBuilder partial = new StringBuilder();
    volatile long lastId;
    volatile WebSocket open;
    volatile CompletableFuture<WebSocket> ready = new CompletableFuture<>();
    /** The JDK's socket takes one send at a time: each waits for the one before. */
    CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    Socket(ChatLoad load, Side side, String path, String reader) {
        this.load = load;
        this.side = side;
        this.path = path;
        this.reader = reader;
    }

    void connect() {
        WebSocket.Builder builder = side.client.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .header("Origin", side.base);
        if (!side.cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            side.cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            builder.header("Cookie", header.toString());
        }
        CompletableFuture<WebSocket> now = ready;
        builder.buildAsync(URI.create(side.base.replaceFirst("^http", "ws") + path + "?after=" + lastId), this)
                .whenComplete((socket, e) -> {
                    if (e != null) {
                        load.error("socket", e);
                        if (load.running) {
                            load.timer.schedule(this::connect, 1000, TimeUnit.MILLISECONDS);
                        }
                    } else {
                        open = socket;
                        now.complete(socket);
                    }
                });
    }

    CompletableFuture<Integer> post(String body) {
        long ref = refs.incrementAndGet();
        CompletableFuture<Integer> answer = new CompletableFuture<>();
        pending.put(ref, answer);
        String frame = "{\"ref\":" + ref + ",\"body\":\"" + body + "\"}";
        synchronized (this) {
            CompletableFuture<WebSocket> socket = ready;
            sending = sending.handle((x, e) -> null)
                    .thenCompose(x -> socket)
                    .thenCompose(ws -> ws.sendText(frame, true))
                    .whenComplete((ws, e) -> {
                        if (e != null && pending.remove(ref) != null) {
                            answer.completeExceptionally(e);
                        }
                    });
        }
        return answer;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            if (frame.contains("\"event\":\"message\"")) {
                Matcher id = ID.matcher(frame);
                if (id.find()) {
                    lastId = Math.max(lastId, Long.parseLong(id.group(1)));
                }
                load.receivedData(frame, reader);
            } else if (frame.contains("\"event\":\"sent\"") || frame.contains("\"event\":\"refused\"")) {
                Matcher ref = REF.matcher(frame);
                if (ref.find()) {
                    CompletableFuture<Integer> answer = pending.remove(Long.parseLong(ref.group(1)));
                    if (answer != null) {
                        answer.complete(frame.contains("\"sent\"") ? 204 : 422);
                    }
                }
            }
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
        closed(new IllegalStateException("socket closed " + code));
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        closed(error);
    }

    private void closed(Throwable why) {
        synchronized (this) {
            open = null;
            ready = new CompletableFuture<>();
        }
        pending.forEach((ref, answer) -> answer.completeExceptionally(why));
        pending.clear();
        if (load.running) {
            load.reconnects.incrementAndGet();
            load.timer.schedule(this::connect, 0, TimeUnit.MILLISECONDS);
        }
    }
}

final class Stream implements Flow.Subscriber<String> {
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

final class Visitor extends Side {
    String chat;
    Socket socket;

    Visitor(ChatLoad load, String base) {
        super(load, base);
    }

    String name() {
        return "v";
    }

    String start() throws Exception {
        get("/warmline/bench");
        Matcher m = ChatLoad.CHAT.matcher(postForm("/warmline/bench/chats", Map.of()));
        if (!m.find()) {
            throw new IllegalStateException("the chat did not start");
        }
        chat = m.group(1);
        get("/warmline/chat/" + chat);
        if (load.sockets) {
            socket = socket("/warmline/chat/" + chat + "/socket", "visitor");
            socket.ready.join();
        } else {
            stream("/warmline/chat/" + chat + "/events", "visitor", null);
        }
        load.half(chat, this);
        return chat;
    }

    CompletableFuture<Integer> post(String body) {
        return socket != null ? socket.post(body) : postFromScript("/warmline/chat/" + chat + "/messages", body);
    }
}

final class Peer extends Side {
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
        Matcher m = ChatLoad.CHAT.matcher("");
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
            m = ChatLoad.CHAT.matcher(to);
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
        if (load.sockets) {
            side.socket = socket("/warmline/console/chats/" + chat + "/socket", "peer");
            side.socket.ready.join();
        } else {
            stream("/warmline/console/chats/" + chat + "/events", "peer", null);
        }
        load.half(chat, side);
        return chat;
    }

    CompletableFuture<Integer> post(String body) {
        throw new UnsupportedOperationException();
    }
}

/** A peer's side of one chat: the peer's cookies and token, that chat's address. */
final class PeerChat extends Side {
    final Peer peer;
    final String chat;
    Socket socket;

    PeerChat(Peer peer, String chat) {
        super(peer.load, peer.base);
        this.peer = peer;
        this.chat = chat;
    }

    String name() {
        return "p";
    }

    CompletableFuture<Integer> post(String body) {
        return socket != null
                ? socket.post(body)
                : peer.postFromScript("/warmline/console/chats/" + chat + "/messages", body);
    }
}
