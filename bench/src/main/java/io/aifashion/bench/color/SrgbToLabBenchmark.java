package io.aifashion.bench.color;

import io.aifashion.color.space.Lab;
import io.aifashion.color.space.LabConverter;
import io.aifashion.color.space.Srgb;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * 8-bit sRGB → CIELAB conversions per second on one thread (transfer function from a 256-entry
 * table). Goal: at least 50 million per second for the bulk path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SrgbToLabBenchmark {

    static final int PIXELS = 4096;

    private final int[] pixels = new int[PIXELS];
    private final double[] lab = new double[3 * PIXELS];
    private final Srgb[] colours = new Srgb[PIXELS];

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(61966);
        for (int i = 0; i < PIXELS; i++) {
            pixels[i] = random.nextInt(1 << 24);
            colours[i] = Srgb.fromPacked(pixels[i]);
        }
    }

    /** The allocation-free bulk path the vision library uses for pixels. */
    @Benchmark
    @OperationsPerInvocation(PIXELS)
    public double[] bulkPackedPixels() {
        LabConverter.toLab(pixels, lab);
        return lab;
    }

    /** One {@code Srgb.toLab()} call per colour, allocating a {@link Lab} record each time. */
    @Benchmark
    @OperationsPerInvocation(PIXELS)
    public void recordPerColour(Blackhole bh) {
        for (Srgb colour : colours) {
            bh.consume(colour.toLab());
        }
    }
}
