package io.aifashion.color.match;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores product colours against a palette.
 *
 * <h2>Score</h2>
 * With d = ΔE00 to the nearest wearable, neutral or accent colour and a = ΔE00 to the nearest avoid
 * colour:
 * <pre>  score = 100 · exp(−d² / (2 · 12²)) · penalty
 *  penalty = 1 − 0.8 · (1 − a/10)   if a &lt; 10 and a &lt; d,   else 1</pre>
 * So d ≈ 2 (a barely visible difference) scores 99, d = 6 scores 88, d = 12 scores 61, d = 24 scores
 * 14; a product that sits nearer an avoid colour than any palette colour loses up to 80 % as it
 * approaches that avoid colour. σ = 12 was chosen because ΔE00 ≈ 10–12 is where two fabric colours
 * stop reading as "the same colour family".
 *
 * <h2>Speed</h2>
 * Matching must handle catalogue-sized batches, so the exact nearest colour is found without
 * computing every ΔE00. For each palette colour a lower bound of ΔE00² is computed from a few
 * multiplications and table look-ups ({@link #lowerBound2}):
 * <pre>  ΔE00² ≥ ΔL*²/S_L,max² + κ · max( Δab²/S_C,max², Δab²/S_H,max² − (1/S_H,max² − 1/S_C,max²)·ΔC_max² )</pre>
 * with S_L,max = 1 + 0.015·|L̄ − 50| (tabulated per unit of L*₁ + L*₂), Δab² = Δa*² + Δb*², ΔC_max = |C*₁ − C*₂| + G·max(C*₁, C*₂) ≥ |ΔC'|, S_C,max and S_H,max the
 * largest S_C and S_H the pair's mean chroma allows, and κ = 1 − (R_C/2)·sin 60° the most the
 * rotation term can remove (κ = 1 when both hues lie in [0°, 115°], where it vanishes). The exact
 * ΔE00 is evaluated for the candidate nearest by ΔE*ab, then only for candidates whose bound (its
 * lightness part first, which alone often suffices) is below the best distance so far. The result is identical to a full scan (tested); with a
 * 48-colour palette about 9 exact evaluations remain per random colour, fewer for catalogue colours.
 */
public final class PaletteMatcher {

    static final double SIGMA = 12.0;
    static final double AVOID_RADIUS = 10.0;
    static final double AVOID_MAX_PENALTY = 0.8;
    private static final int STRIDE = 5;

    private final Palette palette;
    private final List<PaletteColor> targets;
    private final List<PaletteColor> avoid;
    private final double[] targetLab; // see pack()
    private final double[] avoidLab;

    private PaletteMatcher(Palette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
        this.targets = palette.matchable();
        if (targets.isEmpty()) {
            throw new InvalidColorException("palette", palette.season().displayName(), "cannot match against a palette with no colours to wear");
        }
        this.avoid = palette.avoid();
        this.targetLab = pack(targets);
        this.avoidLab = pack(avoid);
    }

    public static PaletteMatcher of(Palette palette) {
        return new PaletteMatcher(palette);
    }

    /** L*, a*, b*, C*ab and the no-rotation-sector flag per colour. */
    private static double[] pack(List<PaletteColor> colours) {
        double[] packed = new double[STRIDE * colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            Lab lab = colours.get(i).lab();
            int o = STRIDE * i;
            packed[o] = lab.l();
            packed[o + 1] = lab.a();
            packed[o + 2] = lab.b();
            packed[o + 3] = lab.chroma();
            packed[o + 4] = noRotationSector(lab.a(), lab.b()) ? 1.0 : 0.0;
        }
        return packed;
    }

    public Palette palette() {
        return palette;
    }

    /** Scores one colour, with the nearest palette colour for explanations. */
    public MatchScore match(Lab colour) {
        Objects.requireNonNull(colour, "colour");
        double l = colour.l();
        double a = colour.a();
        double b = colour.b();
        int index = nearest(targetLab, l, a, b, Double.POSITIVE_INFINITY);
        double d = distanceOf(targetLab, index, l, a, b);
        double avoidDistance = Double.POSITIVE_INFINITY;
        Optional<PaletteColor> nearestAvoid = Optional.empty();
        if (!avoid.isEmpty()) {
            int avoidIndex = nearest(avoidLab, l, a, b, Double.POSITIVE_INFINITY);
            avoidDistance = distanceOf(avoidLab, avoidIndex, l, a, b);
            nearestAvoid = Optional.of(avoid.get(avoidIndex));
        }
        boolean penalised = avoidDistance < AVOID_RADIUS && avoidDistance < d;
        return new MatchScore(score(d, avoidDistance), targets.get(index), d, nearestAvoid, avoidDistance, penalised);
    }

    /** {@link #match(Lab)} of an 8-bit colour. */
    public MatchScore match(Srgb colour) {
        return match(colour.toLab());
    }

    /** Scores many colours; the result list is in input order. */
    public List<MatchScore> matchAll(List<Lab> colours) {
        List<MatchScore> scores = new ArrayList<>(colours.size());
        for (Lab colour : colours) {
            scores.add(match(colour));
        }
        return scores;
    }

    /**
     * Allocation-free batch scoring: {@code labs} holds L*, a*, b* triples; {@code scores} receives
     * one score per colour and, if non-null, {@code nearestIndex} the index into
     * {@link Palette#matchable()} of the nearest colour.
     */
    public void score(double[] labs, double[] scores, int[] nearestIndex) {
        int n = labs.length / 3;
        if (labs.length % 3 != 0 || scores.length < n || (nearestIndex != null && nearestIndex.length < n)) {
            throw new IllegalArgumentException("labs must hold L,a,b triples and the outputs one slot per colour");
        }
        for (int i = 0; i < n; i++) {
            double l = labs[3 * i];
            double a = labs[3 * i + 1];
            double b = labs[3 * i + 2];
            int index = nearest(targetLab, l, a, b, Double.POSITIVE_INFINITY);
            double d = distanceOf(targetLab, index, l, a, b);
            double avoidDistance = Double.POSITIVE_INFINITY;
            if (avoidLab.length > 0) {
                // Only an avoid colour nearer than both d and the penalty radius matters.
                int found = nearest(avoidLab, l, a, b, Math.min(d, AVOID_RADIUS));
                if (found >= 0) {
                    avoidDistance = distanceOf(avoidLab, found, l, a, b);
                }
            }
            scores[i] = score(d, avoidDistance);
            if (nearestIndex != null) {
                nearestIndex[i] = index;
            }
        }
    }

    static double score(double d, double avoidDistance) {
        double base = 100.0 * Math.exp(-d * d / (2.0 * SIGMA * SIGMA));
        if (avoidDistance < AVOID_RADIUS && avoidDistance < d) {
            base *= 1.0 - AVOID_MAX_PENALTY * (1.0 - avoidDistance / AVOID_RADIUS);
        }
        return base;
    }

    private static double distanceOf(double[] packed, int i, double l, double a, double b) {
        int o = STRIDE * i;
        return Math.sqrt(Ciede2000.deltaESquared(l, a, b, Math.sqrt(a * a + b * b), packed[o], packed[o + 1], packed[o + 2], packed[o + 3]));
    }

    /**
     * Index of the colour nearest to (l, a, b) among those nearer than {@code limit}, or -1 if none
     * is.
     */
    private static int nearest(double[] packed, double l, double a, double b, double limit) {
        int n = packed.length / STRIDE;
        double c = Math.sqrt(a * a + b * b);
        boolean warm = noRotationSector(a, b);
        // Start from the nearest by ΔE*ab — cheap, and usually the ΔE00 winner or close to it — so
        // that the best distance is small before the bounds are consulted.
        int first = 0;
        double firstEuclid = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int o = STRIDE * i;
            double dl = l - packed[o];
            double da = a - packed[o + 1];
            double db = b - packed[o + 2];
            double e = dl * dl + da * da + db * db;
            if (e < firstEuclid) {
                firstEuclid = e;
                first = i;
            }
        }
        double best2 = limit * limit;
        int bestIndex = -1;
        int o1 = STRIDE * first;
        // With a finite limit (the avoid search) even the first candidate is often ruled out by its bound.
        if (limit == Double.POSITIVE_INFINITY
                || lowerBound2(l, a, b, c, warm, packed[o1], packed[o1 + 1], packed[o1 + 2], packed[o1 + 3], packed[o1 + 4] != 0.0) < best2) {
            double d1 = Ciede2000.deltaESquared(l, a, b, c, packed[o1], packed[o1 + 1], packed[o1 + 2], packed[o1 + 3]);
            if (d1 < best2) {
                best2 = d1;
                bestIndex = first;
            }
        }
        for (int i = 0; i < n; i++) {
            if (i == first) {
                continue;
            }
            int o = STRIDE * i;
            double pl = packed[o];
            double dl = l - pl;
            // Lightness part of the bound alone often rules a candidate out.
            double lightness = dl * dl * INV_SL2_MIN[(int) (l + pl)];
            if (lightness >= best2) {
                continue;
            }
            if (lightness + chromaBound2(a, b, c, warm, packed[o + 1], packed[o + 2], packed[o + 3], packed[o + 4] != 0.0) >= best2) {
                continue;
            }
            double d2 = Ciede2000.deltaESquared(l, a, b, c, pl, packed[o + 1], packed[o + 2], packed[o + 3]);
            if (d2 < best2) {
                best2 = d2;
                bestIndex = i;
            }
        }
        return bestIndex;
    }

    /**
     * A lower bound of ΔE00² (reference conditions) between two colours with chromas c1, c2; see the
     * class comment and {@code docs/color-science.md} for the derivation. {@code warm1}/{@code warm2}
     * say whether each hue lies in the sector where the rotation term vanishes
     * ({@link #noRotationSector}).
     */
    static double lowerBound2(double l1, double a1, double b1, double c1, boolean warm1,
                              double l2, double a2, double b2, double c2, boolean warm2) {
        double dl = l1 - l2;
        return dl * dl * INV_SL2_MIN[(int) (l1 + l2)] + chromaBound2(a1, b1, c1, warm1, a2, b2, c2, warm2);
    }

    private static double chromaBound2(double a1, double b1, double c1, boolean warm1, double a2, double b2, double c2, boolean warm2) {
        double da = a1 - a2;
        double db = b1 - b2;
        int bin = Math.min((int) (0.5 * (c1 + c2)), BINS - 1);
        int t = (warm1 && warm2) ? BINS : 0; // second half of the tables: no rotation term
        double ab2 = da * da + db * db;
        double dc = Math.abs(c1 - c2) + G_MAX[bin] * Math.max(c1, c2);
        return Math.max(K_SC[t + bin] * ab2, K_SH[t + bin] * ab2 - K_DC[t + bin] * dc * dc);
    }

    /**
     * Whether a hue lies in [0°, 115°] even after the a* stretch by (1 + G) ≤ 1.5. If both colours'
     * hues do, so does their mean hue h̄', where Sharma's rotation term is below 10⁻¹⁷ and the
     * bound may use κ = 1.
     */
    static boolean noRotationSector(double a, double b) {
        return b >= 0.0 && 1.5 * a >= COT_115 * b;
    }

    private static final double COT_115 = 1.0 / Math.tan(Math.toRadians(115.0));
    /** Upper bound of T over all hues (its maximum is 1.5725). */
    private static final double T_MAX = 1.58;
    static final int BINS = 290;
    /**
     * 1/S_L,max² per unit of L*₁ + L*₂ (0..200): S_L = 1 + 0.015·x/√(20 + x) with x = (L̄ − 50)² is
     * at most 1 + 0.015·|L̄ − 50|, taken at the end of the bin farther from 50.
     */
    static final double[] INV_SL2_MIN = new double[201];
    /** G at each bin's lower end: G falls as chroma grows, so this bounds G within the bin. */
    static final double[] G_MAX = new double[BINS];
    /** κ / S_C,max² per bin (first half with rotation slack, second half κ = 1). */
    static final double[] K_SC = new double[2 * BINS];
    /** κ / S_H,max². */
    static final double[] K_SH = new double[2 * BINS];
    /** κ · (1/S_H,max² − 1/S_C,max²), or +∞ where that bound does not apply. */
    static final double[] K_DC = new double[2 * BINS];

    static {
        for (int sum = 0; sum <= 200; sum++) {
            double farthest = Math.max(Math.abs(sum / 2.0 - 50.0), Math.abs((sum + 1) / 2.0 - 50.0));
            double sl = 1.0 + 0.015 * farthest;
            INV_SL2_MIN[sum] = 1.0 / (sl * sl);
        }
        for (int bin = 0; bin < BINS; bin++) {
            G_MAX[bin] = g(bin);
            double upper = bin + 1.0;
            // (1 + G)·C̄ and R_C grow with C̄ (checked by the tests), so the bin's upper end is the
            // conservative place to evaluate them.
            double primed = (1.0 + g(upper)) * upper;
            double p7 = Math.pow(primed, 7);
            double rc = 2.0 * Math.sqrt(p7 / (p7 + Math.pow(25, 7)));
            double scMax = 1.0 + 0.045 * primed;
            double shMax = 1.0 + 0.015 * T_MAX * primed;
            for (int half = 0; half < 2; half++) {
                double kappa = half == 0 ? 1.0 - 0.5 * rc * Math.sin(Math.toRadians(60.0)) : 1.0;
                K_SC[half * BINS + bin] = kappa / (scMax * scMax);
                K_SH[half * BINS + bin] = kappa / (shMax * shMax);
                K_DC[half * BINS + bin] = kappa * (1.0 / (shMax * shMax) - 1.0 / (scMax * scMax));
            }
        }
    }

    /** Sharma's G factor of a mean chroma. */
    static double g(double cMean) {
        double c7 = Math.pow(cMean, 7);
        return 0.5 * (1.0 - Math.sqrt(c7 / (c7 + Math.pow(25, 7))));
    }
}
