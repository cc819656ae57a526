package io.aifashion.bench.recommendation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The same operations as {@link RecommendationServingBenchmark}, timed per call by the thread's CPU
 * time as well as by the wall clock. On a shared 2-core machine the wall clock includes the time the
 * thread waited for a core, which other processes decide; CPU time is what one call costs a core,
 * i.e. its latency on an otherwise idle core. Both are reported, with percentiles over every call.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.aifashion.bench.recommendation.RecommendationServingCpuTime [calls]}
 */
public final class RecommendationServingCpuTime {

    private RecommendationServingCpuTime() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        threads.setThreadCpuTimeEnabled(true);
        RecommendationServingBenchmark b = new RecommendationServingBenchmark();
        long setup = System.nanoTime();
        b.setUp();
        System.out.printf(Locale.ROOT, "set-up (50,000 products, 1M interactions, training): %.1f s%n",
                (System.nanoTime() - setup) / 1e9);
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("itemKnnTop20", b::itemKnnTop20);
        ops.put("ialsTop20", b::ialsTop20);
        ops.put("itemKnnTop20NoMmr", b::itemKnnTop20NoMmr);
        ops.put("similarTop10", b::similarTop10);
        ops.put("colourAffinity50k", b::colourAffinity50k);
        System.out.printf(Locale.ROOT, "%-20s %7s | %8s %8s %8s %8s | %8s %8s %8s%n", "operation", "calls",
                "cpu p50", "cpu p90", "cpu p99", "cpu p99.9", "wall p50", "wall p99", "wall p99.9");
        for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
            int n = op.getKey().equals("colourAffinity50k") ? Math.max(50, calls / 50) : calls;
            for (int i = 0; i < Math.max(200, n / 2); i++) {
                op.getValue().get(); // warm-up: JIT compilation
            }
            double[] cpu = new double[n];
            double[] wall = new double[n];
            for (int i = 0; i < n; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                op.getValue().get();
                wall[i] = (System.nanoTime() - w0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf(Locale.ROOT, "%-20s %7d | %8.3f %8.3f %8.3f %8.3f | %8.3f %8.3f %8.3f%n", op.getKey(), n,
                    p(cpu, 50), p(cpu, 90), p(cpu, 99), p(cpu, 99.9), p(wall, 50), p(wall, 99), p(wall, 99.9));
        }
    }

    private static double p(double[] sorted, double percentile) {
        int i = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
