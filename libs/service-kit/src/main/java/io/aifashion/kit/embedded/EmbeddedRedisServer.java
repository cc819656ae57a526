package io.aifashion.kit.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real Redis server (binary shipped in codemonstur's embedded-redis jar) for local runs and tests.
 * Stopping is bounded ({@link RedisShutdown}): the library's own stop sends SIGTERM and waits without
 * limit, which never returns when Redis cannot write its snapshot.
 */
public final class EmbeddedRedisServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);
    private static final Duration INFO_TIMEOUT = Duration.ofSeconds(5);

    private final RedisServer server;
    private final int port;
    private final boolean persistent;
    private ProcessHandle process;

    private EmbeddedRedisServer(RedisServer server, int port, boolean persistent) {
        this.server = server;
        this.port = port;
        this.persistent = persistent;
    }

    /** @param dataDir where Redis may write its snapshot, or null to keep nothing */
    public static EmbeddedRedisServer start(int port, Path dataDir) throws IOException {
        var builder = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                .setting("maxmemory 256mb")
                .setting("maxmemory-policy allkeys-lru");
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            builder.setting("dir " + dataDir.toAbsolutePath()).setting("save 300 10");
        } else {
            builder.setting("save \"\"").setting("appendonly no");
        }
        EmbeddedRedisServer redis = new EmbeddedRedisServer(builder.build(), port, dataDir != null);
        redis.launch();
        return redis;
    }

    public int port() {
        return port;
    }

    /** Stops Redis (saving its snapshot when it has a data directory and can), within a bounded time. */
    public synchronized void stop() throws IOException {
        if (!server.isActive()) {
            return;
        }
        RedisShutdown.Outcome outcome = RedisShutdown.run(port, process, persistent);
        if (outcome == RedisShutdown.Outcome.STILL_RUNNING) {
            throw new IOException("Redis process " + process.pid() + " on port " + port + " did not exit, even after SIGKILL");
        }
        log.debug("Redis on port {} stopped: {}", port, outcome);
        // The process is gone: the library's stop only records that now (its wait returns at once).
        server.stop();
    }

    public synchronized void restart() throws IOException {
        launch();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void launch() throws IOException {
        server.start();
        try {
            process = processOf(port);
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** The server's own process, as Redis reports it (INFO server, field process_id). */
    private static ProcessHandle processOf(int port) throws IOException {
        String info;
        try (RespConnection redis = RespConnection.open(port, INFO_TIMEOUT)) {
            info = redis.call("INFO", "server");
        }
        long pid = info.lines()
                .filter(line -> line.startsWith("process_id:"))
                .mapToLong(line -> Long.parseLong(line.substring("process_id:".length()).strip()))
                .findFirst()
                .orElseThrow(() -> new IOException("Redis on port " + port + " did not report its process id"));
        return ProcessHandle.of(pid).orElseThrow(() -> new IOException("Redis process " + pid + " is not running"));
    }
}
