package org.ourown.warmline;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One person's browser over real HTTP against one running instance: cookies, the form's CSRF token, posts as the
 * chat script makes them, and a Server-Sent Events reader that reads the stream line by line.
 */
final class WarmlineHttp {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    record Event(String name, String id, String data) {}

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String csrf;

    WarmlineHttp(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher meta = META_TOKEN.matcher(response.body());
        Matcher form = FORM_TOKEN.matcher(response.body());
        if (meta.find()) {
            csrf = meta.group(1);
        } else if (form.find()) {
            csrf = form.group(1);
        }
        return response;
    }

    /** A form post with the CSRF token of the last page read; answers with the redirect's target, or "". */
    String post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(path, fields, false).headers().firstValue("Location").orElse("");
    }

    /** A post as the chat script makes it (fetch, token in a header). */
    HttpResponse<String> postFromScript(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(path, fields, true);
    }

    private HttpResponse<String> send(String path, Map<String, String> fields, boolean script)
            throws IOException, InterruptedException {
        String form = Stream.concat(
                        fields.entrySet().stream(), script ? Stream.empty() : Stream.of(Map.entry("_csrf", csrf)))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (script) {
            request.header("X-Requested-With", "fetch").header("X-CSRF-TOKEN", csrf);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final Pattern CHAT = Pattern.compile("/chats?/([0-9a-f-]{36})");

    /** As a visitor: opens the line's page, starts a chat and opens its page; answers with the chat's id. */
    String startChat(String slug) throws IOException, InterruptedException {
        get("/warmline/" + slug);
        String location = post("/warmline/" + slug + "/chats", Map.of());
        Matcher id = CHAT.matcher(location);
        if (!id.find()) {
            throw new AssertionError("The chat did not start: " + location);
        }
        get("/warmline/chat/" + id.group(1));
        return id.group(1);
    }

    /** As a peer: signs in, opens the console and goes available for one chat. */
    void available(String email, String password) throws IOException, InterruptedException {
        signIn(email, password);
        if (get("/warmline/console").statusCode() != 200) {
            throw new AssertionError("The console did not open for " + email);
        }
        post("/warmline/console/presence", Map.of("available", "true", "capacity", "1"));
    }

    /** The server session's id, from the SESSION cookie (Spring Session writes it base64-encoded). */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION"))
                .map(cookie ->
                        new String(java.util.Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }

    void signIn(String email, String password) throws IOException, InterruptedException {
        get("/login");
        post("/login", Map.of("email", email, "password", password));
    }

    /** Opens an event stream; its events arrive in the queue as they are read. */
    BlockingQueue<Event> events(String path) throws IOException, InterruptedException {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response = client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The event stream answered " + response.statusCode());
        }
        Thread reader = new Thread(() -> read(response.body(), events), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    private static void read(Stream<String> lines, BlockingQueue<Event> events) {
        String[] event = new String[3];
        StringBuilder data = new StringBuilder();
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (event[0] != null || data.length() > 0) {
                    events.add(new Event(event[0] == null ? "message" : event[0], event[1], data.toString()));
                }
                event[0] = null;
                event[1] = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event[0] = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                event[1] = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            }
        });
    }

    /**
     * Opens the chat's WebSocket as the page's script does, with this browser's cookies (and an Origin, when given).
     * Every text frame arrives in the socket's queue.
     */
    Socket socket(String path, String origin) throws InterruptedException {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    frames.add(partial.toString());
                    partial.setLength(0);
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                frames.add("closed " + code);
                return null;
            }
        };
        try {
            WebSocket socket = builder.buildAsync(URI.create(base.replaceFirst("^http", "ws") + path), listener)
                    .get(30, TimeUnit.SECONDS);
            return new Socket(socket, frames, 101);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return new Socket(null, frames, refused.getResponse().statusCode());
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An open chat socket (status 101), or the answer that refused it. */
    record Socket(WebSocket socket, BlockingQueue<String> frames, int status) {

        void send(String frame) {
            socket.sendText(frame, true).join();
        }

        /** The next frame that contains every one of the texts; fails after a generous wait. */
        String next(String... texts) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < until) {
                String frame = frames.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && Stream.of(texts).allMatch(frame::contains)) {
                    return frame;
                }
            }
            throw new AssertionError("No frame with " + String.join(", ", texts));
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
    }

    /** The next event of that name whose data contains the text; fails after a generous wait. */
    static Event next(BlockingQueue<Event> events, String name, String text) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            Event event = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.name().equals(name) && event.data().contains(text)) {
                return event;
            }
        }
        throw new AssertionError("No " + name + " event with " + text);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
