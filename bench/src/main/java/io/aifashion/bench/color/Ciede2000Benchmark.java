package io.aifashion.bench.color;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.LabConverter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * CIEDE2000 throughput, pairs per second on one thread. Goal: at least 20 million pairs/s.
 *
 * <p>Two workloads: pairs of random sRGB colours (every hue region, so the blue-region rotation
 * term is exercised about half the time), and close pairs (ΔE00 below ~5, the regime of palette
 * matching and tone classification).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Ciede2000Benchmark {

    static final int PAIRS = 1024;

    private final double[] randomPairs = new double[6 * PAIRS];
    private final double[] closePairs = new double[6 * PAIRS];

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2005);
        double[] lab = new double[3];
        for (int i = 0; i < PAIRS; i++) {
            LabConverter.toLab(random.nextInt(1 << 24), randomPairs, 6 * i);
            LabConverter.toLab(random.nextInt(1 << 24), randomPairs, 6 * i + 3);
            LabConverter.toLab(random.nextInt(1 << 24), lab, 0);
            closePairs[6 * i] = lab[0];
            closePairs[6 * i + 1] = lab[1];
            closePairs[6 * i + 2] = lab[2];
            closePairs[6 * i + 3] = Math.max(0, Math.min(100, lab[0] + random.nextDouble(-2, 2)));
            closePairs[6 * i + 4] = lab[1] + random.nextDouble(-3, 3);
            closePairs[6 * i + 5] = lab[2] + random.nextDouble(-3, 3);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double randomSrgbPairs() {
        return sum(randomPairs);
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double closePairs() {
        return sum(closePairs);
    }

    private static double sum(double[] p) {
        double sum = 0;
        for (int i = 0; i < PAIRS; i++) {
            int o = 6 * i;
            sum += Ciede2000.deltaE(p[o], p[o + 1], p[o + 2], p[o + 3], p[o + 4], p[o + 5]);
        }
        return sum;
    }
}
