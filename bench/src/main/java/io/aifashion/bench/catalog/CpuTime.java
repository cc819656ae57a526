package io.aifashion.bench.catalog;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time consumed (user + system, from Linux {@code /proc}), to report the work a request costs
 * apart from the waiting a shared machine adds to its latency: this JVM (the service and the load
 * generator) and the PostgreSQL cluster of a data directory (its postmaster and backends).
 */
final class CpuTime {

    /** Linux clock ticks per second (USER_HZ), 100 on every mainstream kernel. */
    private static final long TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    static long jvmMillis() {
        return millis(Path.of("/proc/self/stat"));
    }

    /** The postmaster whose command line names {@code dataDir}, and its children. */
    static long postgresMillis(Path dataDir) {
        String marker = dataDir.toString();
        long total = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                .matches("\\d+"))) {
            String postmaster = null;
            for (Path p : procs) {
                String cmd = read(p.resolve("cmdline")).replace('\0', ' ');
                if (cmd.contains("postgres") && cmd.contains(marker)) {
                    postmaster = p.getFileName().toString();
                    total += millis(p.resolve("stat"));
                    break;
                }
            }
            if (postmaster == null) {
                return 0;
            }
            try (DirectoryStream<Path> all = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                    .matches("\\d+"))) {
                for (Path p : all) {
                    String[] f = fields(p.resolve("stat"));
                    if (f != null && f[1].equals(postmaster)) {
                        total += ticks(f);
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    private static long millis(Path stat) {
        String[] f = fields(stat);
        return f == null ? 0 : ticks(f);
    }

    private static long ticks(String[] f) {
        // After the command name: state(0) ppid(1) ... utime(11) stime(12), in clock ticks.
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
    }

    /** The fields after "(comm) ", or null if the process is gone. */
    private static String[] fields(Path stat) {
        String s = read(stat);
        int close = s.lastIndexOf(") ");
        return close < 0 ? null : s.substring(close + 2).split(" ");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
