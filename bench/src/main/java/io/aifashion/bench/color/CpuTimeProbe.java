package io.aifashion.bench.color;


import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A companion to the JMH benchmarks for a busy shared machine: runs the same three workloads and
 * reports the <em>CPU time</em> of the measuring thread per operation (ThreadMXBean), best of 30
 * rounds after 10 warm-up rounds. CPU time excludes the time the thread waited for a core while
 * other processes ran, so it estimates the single-core cost when the machine is loaded; it still
 * includes cache and hyper-thread interference, so it is not a substitute for a quiet JMH run.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.aifashion.bench.color.CpuTimeProbe</pre>
 */
public final class CpuTimeProbe {

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Ciede2000Benchmark de = new Ciede2000Benchmark();
        de.setUp();
        SrgbToLabBenchmark lab = new SrgbToLabBenchmark();
        lab.setUp();
        PaletteMatchBenchmark match = new PaletteMatchBenchmark();
        match.setUp();
        double bestDe = Double.POSITIVE_INFINITY;
        double bestLab = Double.POSITIVE_INFINITY;
        double bestRandom = Double.POSITIVE_INFINITY;
        double bestCatalogue = Double.POSITIVE_INFINITY;
        double sink = 0;
        for (int round = 0; round < 40; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 200; k++) {
                sink += de.randomSrgbPairs();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 50; k++) {
                sink += lab.bulkPackedPixels()[5];
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 20; k++) {
                sink += match.thousandRandomColours()[3];
            }
            long t3 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 20; k++) {
                sink += match.thousandCatalogueColours()[3];
            }
            long t4 = mx.getCurrentThreadCpuTime();
            if (round >= 10) {
                bestDe = Math.min(bestDe, (t1 - t0) / (200.0 * Ciede2000Benchmark.PAIRS));
                bestLab = Math.min(bestLab, (t2 - t1) / (50.0 * SrgbToLabBenchmark.PIXELS));
                bestRandom = Math.min(bestRandom, (t3 - t2) / 20.0 / 1e6);
                bestCatalogue = Math.min(bestCatalogue, (t4 - t3) / 20.0 / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "CIEDE2000, random sRGB pairs: %.1f ns/pair CPU (%.1f million pairs/s)%n", bestDe, 1e3 / bestDe);
        System.out.printf(Locale.ROOT, "sRGB -> Lab, bulk:            %.1f ns/pixel CPU (%.1f million/s)%n", bestLab, 1e3 / bestLab);
        System.out.printf(Locale.ROOT, "match 1,000 random colours:    %.3f ms CPU%n", bestRandom);
        System.out.printf(Locale.ROOT, "match 1,000 catalogue colours: %.3f ms CPU%n", bestCatalogue);
        if (sink == 42.0) {
            System.out.println(); // keeps the work observable
        }
    }
}
