package io.aifashion.kit.embedded;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends one local Redis process within a bounded time. Redis (6.2, the embedded binary) refuses to
 * exit — on {@code SHUTDOWN} and on SIGTERM alike — when it is configured to save and cannot write
 * its RDB snapshot (directory removed, read-only or full disk): it logs "Errors trying to SHUTDOWN"
 * and keeps serving, so a plain terminate-and-wait hangs forever. Hence the escalation:
 * {@code SHUTDOWN SAVE} when persistence is wanted, {@code SHUTDOWN NOSAVE} when that save fails
 * (or at once without persistence), then SIGTERM, then SIGKILL, each followed by a bounded wait for
 * the process to exit (https://redis.io/docs/latest/commands/shutdown/).
 */
final class RedisShutdown {

    /** How the process ended. */
    enum Outcome { ALREADY_GONE, SHUT_DOWN, SHUT_DOWN_WITHOUT_SAVING, TERMINATED, KILLED, STILL_RUNNING }

    private static final Logger log = LoggerFactory.getLogger(RedisShutdown.class);

    private static final Duration CONNECT = Duration.ofSeconds(2);
    /** Writing a snapshot of at most maxmemory (256 MB) to a local disk; beyond this we stop waiting for it. */
    private static final Duration SAVE_REPLY = Duration.ofSeconds(15);
    private static final Duration EXIT_AFTER_SHUTDOWN = Duration.ofSeconds(5);
    private static final Duration EXIT_AFTER_SIGNAL = Duration.ofSeconds(3);

    private RedisShutdown() {
    }

    static Outcome run(int port, ProcessHandle process, boolean save) {
        if (!process.isAlive()) {
            return Outcome.ALREADY_GONE;
        }
        boolean saved = false;
        try (RespConnection redis = RespConnection.open(port, CONNECT)) {
            String refused = null;
            if (save) {
                refused = shutdown(redis, SAVE_REPLY, "SAVE");
                saved = refused == null;
                if (refused != null) {
                    log.warn("Redis on port {} could not save its snapshot on shutdown ({}): shutting down without saving",
                            port, refused);
                }
            }
            if (!saved) {
                refused = shutdown(redis, CONNECT, "NOSAVE");
                if (refused != null) {
                    log.warn("Redis on port {} refused SHUTDOWN NOSAVE ({})", port, refused);
                }
            }
        } catch (IOException e) {
            log.warn("Could not ask Redis on port {} to shut down ({}): signalling process {}", port, e.toString(),
                    process.pid());
        }
        if (exited(process, EXIT_AFTER_SHUTDOWN)) {
            return saved ? Outcome.SHUT_DOWN : Outcome.SHUT_DOWN_WITHOUT_SAVING;
        }
        log.warn("Redis process {} (port {}) still running {} s after SHUTDOWN: sending SIGTERM", process.pid(), port,
                EXIT_AFTER_SHUTDOWN.toSeconds());
        process.destroy();
        if (exited(process, EXIT_AFTER_SIGNAL)) {
            return Outcome.TERMINATED;
        }
        log.warn("Redis process {} (port {}) ignored SIGTERM: sending SIGKILL", process.pid(), port);
        process.destroyForcibly();
        if (exited(process, EXIT_AFTER_SIGNAL)) {
            return Outcome.KILLED;
        }
        log.error("Redis process {} (port {}) is still running after SIGKILL", process.pid(), port);
        return Outcome.STILL_RUNNING;
    }

    /**
     * Sends {@code SHUTDOWN <mode>}. Redis accepts by closing the connection without a reply;
     * returns null then, else the reply it refused with. No answer within {@code replyWithin} (a
     * save still running) is an exception: the caller then only waits for the exit, and escalates.
     */
    private static String shutdown(RespConnection redis, Duration replyWithin, String mode) throws IOException {
        redis.timeout(replyWithin);
        try {
            return redis.call("SHUTDOWN", mode);
        } catch (EOFException accepted) {
            return null;
        }
    }

    private static boolean exited(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (InterruptedException e) {
            // Keep the interrupt for the caller; the escalation below stays bounded regardless.
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
