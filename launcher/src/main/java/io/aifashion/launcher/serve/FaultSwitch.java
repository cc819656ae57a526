package io.aifashion.launcher.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's fault switch for failure tests ({@code serve --fault-switch-port N}, off by
 * default): a small HTTP server bound to the loopback address only, so nothing off this machine
 * can reach it, that drives {@link ClusterFaults}:
 * <pre>
 * POST /faults/kafka/stop | /faults/kafka/start
 * POST /faults/redis/stop | /faults/redis/start
 * POST /faults/postgres/restart
 * POST /faults/services/{name}/stop | /faults/services/{name}/start
 * </pre>
 * Each answers 200 with {@code {"fault", "action", "millis"}} once the fault is in place.
 */
final class FaultSwitch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FaultSwitch.class);

    private final HttpServer server;
    private final ClusterFaults faults;

    private FaultSwitch(HttpServer server, ClusterFaults faults) {
        this.server = server;
        this.faults = faults;
    }

    static FaultSwitch start(int port, ClusterFaults faults) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        FaultSwitch sw = new FaultSwitch(server, faults);
        server.createContext("/faults/", sw::handle);
        // One fault at a time, in the order asked: faults are slow and must not overlap. The thread
        // gets the launcher's class loader (the fat jar's), which restarting a service needs.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fault-switch");
            t.setContextClassLoader(loader);
            return t;
        }));
        server.start();
        return sw;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                answer(ex, 405, "{\"error\":\"use POST\"}");
                return;
            }
            String[] p = ex.getRequestURI().getPath().substring("/faults/".length()).split("/");
            long t0 = System.nanoTime();
            String fault;
            String action;
            try {
                if (p.length == 2) {
                    fault = p[0];
                    action = p[1];
                    switch (fault + "/" + action) {
                        case "kafka/stop" -> faults.stopKafka();
                        case "kafka/start" -> faults.startKafka();
                        case "redis/stop" -> faults.stopRedis();
                        case "redis/start" -> faults.startRedis();
                        case "postgres/restart" -> faults.restartPostgres();
                        default -> {
                            answer(ex, 404, "{\"error\":\"unknown fault " + fault + "/" + action + "\"}");
                            return;
                        }
                    }
                } else if (p.length == 3 && p[0].equals("services") && (p[2].equals("stop") || p[2].equals("start"))) {
                    fault = p[1];
                    action = p[2];
                    if (action.equals("stop")) {
                        faults.stopService(fault);
                    } else {
                        faults.startService(fault);
                    }
                } else {
                    answer(ex, 404, "{\"error\":\"unknown fault path\"}");
                    return;
                }
            } catch (java.util.NoSuchElementException e) {
                answer(ex, 404, "{\"error\":\"" + e.getMessage() + "\"}");
                return;
            } catch (Exception e) {
                log.warn("Fault {} failed", ex.getRequestURI().getPath(), e);
                answer(ex, 500, "{\"error\":\"" + String.valueOf(e.getMessage()).replace("\"", "'") + "\"}");
                return;
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            log.warn("Fault switch: {} {} ({} ms)", fault, action, millis);
            answer(ex, 200, String.format(Locale.ROOT, "{\"fault\":\"%s\",\"action\":\"%s\",\"millis\":%d}",
                    fault, action, millis));
        }
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
