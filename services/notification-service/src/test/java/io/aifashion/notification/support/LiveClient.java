package io.aifashion.notification.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (the JDK's), standing in for one browser tab. */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {

    /** A message and when it arrived ({@link System#nanoTime()}). */
    public record Message(JsonNode json, long arrivedNanos) {
        public String type() {
            return json.get("type").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    private LiveClient() {
    }

    /** Opens a connection offering the given subprotocols (or none) to {@code uri}. */
    public static LiveClient open(URI uri, String... protocols) {
        LiveClient client = new LiveClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10));
        if (protocols.length > 0) {
            String[] rest = java.util.Arrays.copyOfRange(protocols, 1, protocols.length);
            builder.subprotocols(protocols[0], rest);
        }
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long at = System.nanoTime();
            messages.add(new Message(JSON.readTree(partial.toString()), at));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    /** The next message of the given type, skipping others; fails after {@code wait}. */
    public Message next(String type, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Message m = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError("no '" + type + "' message within " + wait);
            }
            if (m.type().equals(type)) {
                return m;
            }
        }
    }

    /** Messages received and not yet taken. */
    public java.util.List<Message> pending() {
        return java.util.List.copyOf(messages);
    }

    /** The close code the server sent, once it closes. */
    public int awaitClose(Duration wait) throws Exception {
        return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
