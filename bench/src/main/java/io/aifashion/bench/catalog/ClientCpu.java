package io.aifashion.bench.catalog;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the load generator's threads inside the benchmark JVM — the measuring thread and the
 * JDK HTTP client's selector and worker threads ({@code HttpClient-…}) — so that it can be taken out
 * of the JVM's CPU per request, which otherwise counts the client together with the service.
 */
final class ClientCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> before;

    private ClientCpu() {
        this.before = snapshot();
    }

    static ClientCpu start() {
        return new ClientCpu();
    }

    /** Milliseconds of CPU the load generator's threads used since {@link #start}. */
    long millis() {
        long nanos = 0;
        for (Map.Entry<Long, Long> e : snapshot().entrySet()) {
            nanos += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return nanos / 1_000_000;
    }

    private static Map<Long, Long> snapshot() {
        Map<Long, Long> cpu = new HashMap<>();
        long self = Thread.currentThread().threadId();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && (t.getThreadId() == self || t.getThreadName().startsWith("HttpClient"))) {
                long ns = THREADS.getThreadCpuTime(t.getThreadId());
                if (ns >= 0) {
                    cpu.put(t.getThreadId(), ns);
                }
            }
        }
        return cpu;
    }
}
