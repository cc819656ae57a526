package io.aifashion.bench.color;

import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.naming.NamedColor;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.season.Season;
import io.aifashion.color.space.LabConverter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Scoring 1,000 product colours against a palette of 48 colours to wear (True Autumn's and Soft
 * Summer's 24 wearable colours each) plus True Autumn's avoid colours, one thread. Goal: under 1 ms
 * per 1,000 colours.
 *
 * <p>Two catalogues: uniformly random sRGB colours (the hard case: most are far from every palette
 * colour, so the lower-bound pruning helps least), and colours like a fashion catalogue's — the
 * named colours of the shipped dictionary with up to ±4 units of jitter in L*, a*, b*.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PaletteMatchBenchmark {

    static final int PRODUCTS = 1000;

    private PaletteMatcher matcher;
    private final double[] randomColours = new double[3 * PRODUCTS];
    private final double[] catalogueColours = new double[3 * PRODUCTS];
    private final double[] scores = new double[PRODUCTS];
    private final int[] nearest = new int[PRODUCTS];

    @Setup
    public void setUp() {
        Palette autumn = PaletteGenerator.standard().forSeason(Season.TRUE_AUTUMN);
        Palette summer = PaletteGenerator.standard().forSeason(Season.SOFT_SUMMER);
        List<PaletteColor> wearable = new ArrayList<>(autumn.wearable());
        wearable.addAll(summer.wearable());
        Palette palette = new Palette(Season.TRUE_AUTUMN, false, wearable, List.of(), List.of(), List.of(), autumn.avoid());
        if (palette.matchable().size() != 48) {
            throw new IllegalStateException("expected a 48-colour palette, got " + palette.matchable().size());
        }
        matcher = PaletteMatcher.of(palette);
        SplittableRandom random = new SplittableRandom(1000);
        List<NamedColor> names = ColorNameDictionary.standard().colours();
        for (int i = 0; i < PRODUCTS; i++) {
            LabConverter.toLab(random.nextInt(1 << 24), randomColours, 3 * i);
            NamedColor c = names.get(random.nextInt(names.size()));
            catalogueColours[3 * i] = Math.max(0, Math.min(100, c.lab().l() + random.nextDouble(-4, 4)));
            catalogueColours[3 * i + 1] = c.lab().a() + random.nextDouble(-4, 4);
            catalogueColours[3 * i + 2] = c.lab().b() + random.nextDouble(-4, 4);
        }
    }

    @Benchmark
    public double[] thousandRandomColours() {
        matcher.score(randomColours, scores, nearest);
        return scores;
    }

    @Benchmark
    public double[] thousandCatalogueColours() {
        matcher.score(catalogueColours, scores, nearest);
        return scores;
    }
}
