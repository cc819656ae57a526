package io.aifashion.kit.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** A real Redis server (binary shipped in codemonstur's embedded-redis jar) for local runs and tests. */
public final class EmbeddedRedisServer implements AutoCloseable {

    private final RedisServer server;
    private final int port;

    private EmbeddedRedisServer(RedisServer server, int port) {
        this.server = server;
        this.port = port;
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
        RedisServer server = builder.build();
        server.start();
        return new EmbeddedRedisServer(server, port);
    }

    public int port() {
        return port;
    }

    public void stop() throws IOException {
        server.stop();
    }

    public void restart() throws IOException {
        server.start();
    }

    @Override
    public void close() throws IOException {
        if (server.isActive()) {
            server.stop();
        }
    }
}
