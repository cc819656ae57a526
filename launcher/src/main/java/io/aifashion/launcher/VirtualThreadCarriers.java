package io.aifashion.launcher;

import java.util.Properties;

/**
 * Sets how many carrier (platform) threads run the JVM's virtual threads, before the first virtual
 * thread exists.
 *
 * <p>The JDK's default is one carrier per core. A virtual thread that blocks on a monitor while it
 * cannot unmount (inside class loading, or under a native frame; JEP 491 unpins only ordinary
 * {@code synchronized}) keeps its carrier. In {@code ai-fashion serve} every service runs in one JVM
 * from one executable jar, whose nested-jar reader is guarded by a monitor: on a 2-core machine two
 * request threads loading a class or a static resource while a third, unmounted virtual thread held
 * that monitor left no carrier to run the owner, and the whole system stopped answering (thread dump
 * of 2026-11-25: both {@code ForkJoinPool-1-worker}s BLOCKED on {@code UrlNestedJarFile}). More
 * carriers than cores make that need many simultaneously pinned threads; idle carriers cost only
 * their stacks. An explicit {@code -Djdk.virtualThreadScheduler.parallelism} is left alone.
 */
public final class VirtualThreadCarriers {

    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";
    /** Carriers at least, whatever the core count. */
    static final int MINIMUM = 8;

    private VirtualThreadCarriers() {
    }

    /** Sets the carrier count in {@code properties} unless it is set already; returns the value in force. */
    public static String widen(Properties properties, int cores) {
        String set = properties.getProperty(PARALLELISM);
        if (set != null && !set.isBlank()) {
            return set;
        }
        String value = Integer.toString(Math.max(MINIMUM, 2 * cores));
        properties.setProperty(PARALLELISM, value);
        return value;
    }
}
