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
 * computing every ΔE00: a cheap lower bound, valid for any pair (derived in
 * {@code docs/color-science.md}),
 * <pre>  ΔE00² ≥ ΔL*² / (1 + 0.015·|L̄ − 50|)² + κ(C̄) · (Δa*² + Δb*²) / (1 + 0.045·(1 + G(C̄))·C̄)²</pre>
 * (κ: see {@link #CHROMA_FACTOR})
 * is computed for every palette colour; the exact ΔE00 is evaluated for the candidate with the
 * smallest bound, then only for candidates whose bound is below the best distance so far. The
 * result is identical to a full scan.
 */
public final class PaletteMatcher {

    static final double SIGMA = 12.0;
    static final double AVOID_RADIUS = 10.0;
    static final double AVOID_MAX_PENALTY = 0.8;

    private final Palette palette;
    private final List<PaletteColor> targets;
    private final List<PaletteColor> avoid;
    private final double[] targetLab; // L, a, b, C per colour
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

    private static double[] pack(List<PaletteColor> colours) {
        double[] packed = new double[4 * colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            Lab lab = colours.get(i).lab();
            packed[4 * i] = lab.l();
            packed[4 * i + 1] = lab.a();
            packed[4 * i + 2] = lab.b();
            packed[4 * i + 3] = lab.chroma();
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
        double[] scratch = new double[Math.max(targets.size(), avoid.size())];
        int index = nearest(targetLab, l, a, b, Double.POSITIVE_INFINITY, scratch);
        double d = distanceOf(targetLab, index, l, a, b);
        double avoidDistance = Double.POSITIVE_INFINITY;
        Optional<PaletteColor> nearestAvoid = Optional.empty();
        if (!avoid.isEmpty()) {
            int avoidIndex = nearest(avoidLab, l, a, b, Double.POSITIVE_INFINITY, scratch);
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
        double[] scratch = new double[Math.max(targets.size(), avoid.size())];
        for (int i = 0; i < n; i++) {
            double l = labs[3 * i];
            double a = labs[3 * i + 1];
            double b = labs[3 * i + 2];
            int index = nearest(targetLab, l, a, b, Double.POSITIVE_INFINITY, scratch);
            double d = distanceOf(targetLab, index, l, a, b);
            double avoidDistance = Double.POSITIVE_INFINITY;
            if (avoidLab.length > 0) {
                // Only an avoid colour nearer than both d and the penalty radius matters.
                int found = nearest(avoidLab, l, a, b, Math.min(d, AVOID_RADIUS), scratch);
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
        return Math.sqrt(Ciede2000.deltaESquared(l, a, b, Math.sqrt(a * a + b * b), packed[4 * i], packed[4 * i + 1], packed[4 * i + 2], packed[4 * i + 3]));
    }

    /**
     * Index of the colour nearest to (l, a, b) among those nearer than {@code limit}, or -1 if none
     * is; {@code bound2} is scratch space for the squared lower bounds.
     */
    private static int nearest(double[] packed, double l, double a, double b, double limit, double[] bound2) {
        int n = packed.length / 4;
        double c = Math.sqrt(a * a + b * b);
        int first = -1;
        double firstBound = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double pl = packed[4 * i];
            double dl = l - pl;
            double da = a - packed[4 * i + 1];
            double db = b - packed[4 * i + 2];
            double sl = 1.0 + 0.015 * Math.abs(0.5 * (l + pl) - 50.0);
            int bin = Math.min((int) (0.5 * (c + packed[4 * i + 3])), CHROMA_FACTOR.length - 1);
            double lb = dl * dl / (sl * sl) + CHROMA_FACTOR[bin] * (da * da + db * db);
            bound2[i] = lb;
            if (lb < firstBound) {
                firstBound = lb;
                first = i;
            }
        }
        double best2 = limit * limit;
        int bestIndex = -1;
        if (firstBound < best2) {
            double d2 = Ciede2000.deltaESquared(l, a, b, c, packed[4 * first], packed[4 * first + 1], packed[4 * first + 2], packed[4 * first + 3]);
            if (d2 < best2) {
                best2 = d2;
                bestIndex = first;
            }
        }
        for (int i = 0; i < n; i++) {
            if (i != first && bound2[i] < best2) {
                double d2 = Ciede2000.deltaESquared(l, a, b, c, packed[4 * i], packed[4 * i + 1], packed[4 * i + 2], packed[4 * i + 3]);
                if (d2 < best2) {
                    best2 = d2;
                    bestIndex = i;
                }
            }
        }
        return bestIndex;
    }

    /**
     * κ(C̄) / S_C,max(C̄)² per 1-unit bin of the mean chroma C̄ = (C*₁ + C*₂)/2, evaluated at the bin's
     * upper end (both the primed chroma (1 + G)·C̄ and R_C grow with C̄, which the tests check, so
     * that end is the conservative one):
     * S_C,max = 1 + 0.045·(1 + G)·C̄ bounds S_C because C'ᵢ ≤ (1 + G)·C*ᵢ, and
     * κ = 1 − (R_C/2)·sin 60° bounds how much the rotation term R_T·(ΔC'/S_C)(ΔH'/S_H) can remove,
     * since |R_T| ≤ R_C·sin 60° and |xy| ≤ (x² + y²)/2. With S_H ≤ S_C and ΔC'² + ΔH'² ≥ Δa*² + Δb*²
     * this gives the chroma part of the lower bound.
     */
    static final double[] CHROMA_FACTOR = chromaFactors();

    private static double[] chromaFactors() {
        double[] factors = new double[290];
        for (int bin = 0; bin < factors.length; bin++) {
            double cMean = bin + 1.0;
            double primed = (1.0 + g(cMean)) * cMean;
            double p7 = Math.pow(primed, 7);
            double rc = 2.0 * Math.sqrt(p7 / (p7 + Math.pow(25, 7)));
            double kappa = 1.0 - 0.5 * rc * Math.sin(Math.toRadians(60.0));
            double sc = 1.0 + 0.045 * primed;
            factors[bin] = kappa / (sc * sc);
        }
        return factors;
    }

    /** Sharma's G factor of a mean chroma. */
    static double g(double cMean) {
        double c7 = Math.pow(cMean, 7);
        return 0.5 * (1.0 - Math.sqrt(c7 / (c7 + Math.pow(25, 7))));
    }
}
