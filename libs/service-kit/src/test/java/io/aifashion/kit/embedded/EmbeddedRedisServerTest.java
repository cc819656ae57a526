package io.aifashion.kit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.aifashion.kit.support.EmbeddedInfrastructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the real embedded Redis: it must end even when Redis cannot write its snapshot (Redis
 * 6.2 answers SHUTDOWN and SIGTERM with "errors trying to shut down" and keeps running then).
 */
class EmbeddedRedisServerTest {

    /** Far above a normal shutdown (well under a second) and the close's own bounds; only a hang exceeds it. */
    private static final Duration HANG = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void closeEndsRedisEvenWhenTheSnapshotDirectoryIsGone() throws IOException {
        Path dataDir = temp.resolve("redis");
        EmbeddedRedisServer redis = EmbeddedRedisServer.start(EmbeddedInfrastructure.freePort(), dataDir);
        assertThat(command(redis.port(), "SET", "k", "v")).isEqualTo("+OK");
        deleteRecursively(dataDir);

        assertTimeoutPreemptively(HANG, redis::close);

        assertThat(answers(redis.port())).as("Redis still accepts connections after close").isFalse();
    }

    @Test
    void closeWritesTheSnapshotWhenItCan() throws IOException {
        Path dataDir = temp.resolve("redis");
        EmbeddedRedisServer redis = EmbeddedRedisServer.start(EmbeddedInfrastructure.freePort(), dataDir);
        assertThat(command(redis.port(), "SET", "kept", "yes")).isEqualTo("+OK");

        assertTimeoutPreemptively(HANG, redis::close);

        assertThat(answers(redis.port())).isFalse();
        assertThat(dataDir.resolve("dump.rdb")).exists();
        // The snapshot is really read back by the next server on that directory.
        try (EmbeddedRedisServer again = EmbeddedRedisServer.start(EmbeddedInfrastructure.freePort(), dataDir)) {
            assertThat(command(again.port(), "GET", "kept")).isEqualTo("$3");
        }
    }

    @Test
    void closeTerminatesARedisBusyWithACommand() throws Exception {
        EmbeddedRedisServer redis = EmbeddedRedisServer.start(EmbeddedInfrastructure.freePort(), null);
        // DEBUG SLEEP blocks Redis' only command thread, so SHUTDOWN goes unanswered and close has
        // to fall back to signals.
        Thread sleeper = Thread.ofVirtual().start(() -> {
            try {
                command(redis.port(), "DEBUG", "SLEEP", "120");
            } catch (IOException expectedWhenKilled) {
                // the connection dies with the process
            }
        });
        Thread.sleep(500);

        assertTimeoutPreemptively(HANG, redis::close);

        assertThat(answers(redis.port())).isFalse();
        sleeper.join(Duration.ofSeconds(10));
        assertThat(sleeper.isAlive()).isFalse();
    }

    @Test
    void closeKillsAFrozenRedis() throws Exception {
        EmbeddedRedisServer redis = EmbeddedRedisServer.start(EmbeddedInfrastructure.freePort(), null);
        String info = bulk(redis.port(), "INFO", "server");
        long pid = info.lines().filter(l -> l.startsWith("process_id:")).mapToLong(l -> Long.parseLong(l.substring(11).strip()))
                .findFirst().orElseThrow();
        // A stopped process answers nothing and keeps SIGTERM pending: only SIGKILL ends it.
        assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(pid)).start().waitFor()).isZero();

        assertTimeoutPreemptively(HANG, redis::close);

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(answers(redis.port())).isFalse();
    }

    @Test
    void stopAndRestartWithoutPersistenceKeepThePort() throws IOException {
        try (EmbeddedRedisServer redis = EmbeddedRedisServer.start(EmbeddedInfrastructure.freePort(), null)) {
            assertTimeoutPreemptively(HANG, redis::stop);
            assertThat(answers(redis.port())).isFalse();
            assertThatThrownBy(() -> command(redis.port(), "PING")).isInstanceOf(IOException.class);

            redis.restart();
            assertThat(command(redis.port(), "PING")).isEqualTo("+PONG");
        }
    }

    /** Sends one command in RESP and returns the first line of the reply. */
    private static String command(int port, String... args) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(180_000);
            StringBuilder resp = new StringBuilder("*").append(args.length).append("\r\n");
            for (String a : args) {
                resp.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(a).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
    }

    /** Sends one command whose reply is a bulk string and returns that string. */
    private static String bulk(int port, String... args) throws IOException {
        try (RespConnection redis = RespConnection.open(port, Duration.ofSeconds(10))) {
            return redis.call(args);
        }
    }

    private static boolean answers(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
