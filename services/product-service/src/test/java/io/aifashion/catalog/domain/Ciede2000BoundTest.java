package io.aifashion.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.catalog.domain.search.Ciede2000Bound;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lower bound that makes colour search exact: it must hold for every pair of sRGB colours
 * (checked on millions of pairs, concentrated where CIEDE2000 departs most from CIE76 — high
 * chroma, the blue region, near-neutrals), rest on a true gamut constant, and be tight enough to
 * be useful.
 */
class Ciede2000BoundTest {

    @Test
    void theGamutConstantBoundsTheChromaOfEverySrgbColour() {
        double max = 0;
        int argmax = 0;
        for (int rgb = 0; rgb < (1 << 24); rgb++) {
            Lab lab = Srgb.fromPacked(rgb).toLab();
            double c = Math.hypot(lab.a(), lab.b());
            if (c > max) {
                max = c;
                argmax = rgb;
            }
        }
        assertThat(max).isLessThanOrEqualTo(Ciede2000Bound.SRGB_MAX_CHROMA);
        assertThat(max).as("the constant should be tight").isGreaterThan(Ciede2000Bound.SRGB_MAX_CHROMA - 0.1);
        assertThat(Srgb.fromPacked(argmax).toHex()).isEqualTo("#0000ff");
    }

    @Test
    void holdsForRandomPairsAcrossTheGamut() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 300; i++) {
            Lab q = Srgb.fromPacked(r.nextInt(1 << 24)).toLab();
            Ciede2000Bound bound = Ciede2000Bound.around(q);
            for (int j = 0; j < 2000; j++) {
                check(q, bound, Srgb.fromPacked(r.nextInt(1 << 24)).toLab());
            }
        }
    }

    @Test
    void holdsForNearbyPairsWhereTheSearchStops() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 600; i++) {
            Srgb qs = Srgb.fromPacked(r.nextInt(1 << 24));
            Lab q = qs.toLab();
            Ciede2000Bound bound = Ciede2000Bound.around(q);
            for (int j = 0; j < 2000; j++) {
                int spread = 1 + r.nextInt(40);
                check(q, bound, near(qs, spread, r).toLab());
            }
        }
    }

    @Test
    void holdsInTheBlueRegionAndAtHighChroma() {
        SplittableRandom r = new SplittableRandom(3);
        Srgb[] anchors = {Srgb.of(0, 0, 255), Srgb.of(30, 30, 200), Srgb.of(60, 20, 160), Srgb.of(80, 0, 255),
                Srgb.of(0, 40, 120), Srgb.of(255, 0, 255), Srgb.of(0, 255, 0), Srgb.of(255, 0, 0),
                Srgb.of(128, 128, 128), Srgb.of(0, 0, 0), Srgb.of(255, 255, 255), Srgb.of(20, 20, 60)};
        for (Srgb anchor : anchors) {
            Lab q = anchor.toLab();
            Ciede2000Bound bound = Ciede2000Bound.around(q);
            for (int j = 0; j < 100_000; j++) {
                check(q, bound, near(anchor, 1 + r.nextInt(90), r).toLab());
            }
        }
    }

    @Test
    void isTightEnoughToStopEarlyOutsideTheBlueRegion() {
        // A mid grey: every colour within ΔE00 2 lies within a small CIE76 ball.
        assertThat(Ciede2000Bound.around(Srgb.of(128, 128, 128).toLab()).radius(2.0)).isLessThan(6.0);
        // A saturated red: chroma weighting widens the ball, but it stays far below the gamut.
        assertThat(Ciede2000Bound.around(Srgb.of(200, 30, 40).toLab()).radius(2.0)).isLessThan(20.0);
        // Even in the blue region, where R_T lets ΔE00 shrink most, the ball is bounded.
        assertThat(Ciede2000Bound.around(Srgb.of(40, 40, 200).toLab()).radius(2.0)).isLessThan(40.0);
    }

    @Test
    void isMonotoneInDistance() {
        Ciede2000Bound bound = Ciede2000Bound.around(Srgb.of(90, 60, 200).toLab());
        double previous = 0;
        for (double d = 0; d < 320; d += 0.37) {
            double b = bound.lowerBound(d);
            assertThat(b).isGreaterThanOrEqualTo(previous);
            previous = b;
        }
    }

    private static void check(Lab q, Ciede2000Bound bound, Lab x) {
        double cie76 = Math.sqrt((q.l() - x.l()) * (q.l() - x.l()) + (q.a() - x.a()) * (q.a() - x.a())
                + (q.b() - x.b()) * (q.b() - x.b()));
        double de00 = Ciede2000.deltaE(q, x);
        double lower = bound.lowerBound(cie76);
        if (de00 < lower) {
            throw new AssertionError("bound violated for q=" + q + " x=" + x + ": ΔE00 " + de00 + " < bound " + lower
                    + " at ΔE*ab " + cie76);
        }
    }

    private static Srgb near(Srgb c, int spread, SplittableRandom r) {
        return Srgb.of(clamp(c.red() + r.nextInt(-spread, spread + 1)), clamp(c.green() + r.nextInt(-spread, spread + 1)),
                clamp(c.blue() + r.nextInt(-spread, spread + 1)));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
