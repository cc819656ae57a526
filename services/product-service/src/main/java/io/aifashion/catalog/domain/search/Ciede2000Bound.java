package io.aifashion.catalog.domain.search;

import io.aifashion.color.space.Lab;

/**
 * For one query colour q, a proven lower bound on the CIEDE2000 difference ΔE00(q, x) of every
 * catalogue colour x whose CIE76 distance ΔE*ab(q, x) — the Euclidean distance in CIELAB that a
 * GiST index on {@code cube(array[l, a, b])} orders by — is at least d. It is what lets a colour
 * search read candidates nearest-first from the index and stop early, yet return exactly what a
 * full scan computing ΔE00 for every product would (docs/catalog.md, ColourSearchEquivalenceTest).
 *
 * <h2>Derivation</h2>
 * ΔE00 is not bounded by ΔE*ab with a constant worth using: its weights S_C and S_H grow with
 * chroma and its rotation term R_T can cancel most of the chroma and hue terms in the blue region.
 * The bound is therefore local to q. With the notation of Sharma, Wu and Dalal (2005), and
 * k_L = k_C = k_H = 1:
 * <pre>
 * ΔE00² = (ΔL'/S_L)² + (ΔC'/S_C)² + (ΔH'/S_H)² + R_T·(ΔC'/S_C)(ΔH'/S_H)
 *       = (ΔL'/S_L)² + [ΔC' ΔH'] M [ΔC' ΔH']ᵀ,   M = [[1/S_C², R_T/(2 S_C S_H)], [R_T/(2 S_C S_H), 1/S_H²]]
 *       ≥ (ΔL'/S_L)² + λ·(ΔC'² + ΔH'²),          λ = ½(u + v) − ½√((u − v)² + R_T²·u·v),  u = S_C⁻², v = S_H⁻²
 * ΔC'² + ΔH'² = |(a'₁, b₁) − (a'₂, b₂)|² = (1+G)²Δa² + Δb² ≥ Δa² + Δb²   (law of cosines; G ≥ 0)
 * ⇒ ΔE00 ≥ ΔE*ab · min(1/S_L,max, √λmin)
 * </pre>
 * λ, the smallest eigenvalue of M, is positive because |R_T| &lt; 2, and non-increasing in S_C, S_H
 * and |R_T| (its derivative in u is ½ − ((u − v) + R_T²v/2)/(2√(...)) ≥ 0 exactly when R_T² ≤ 4,
 * and symmetrically in v), so upper bounds of S_C, S_H and |R_T| give λmin.
  * The maxima are taken over every x within distance D of q, which confines x:
 * <ul>
 *   <li>L*ₓ ∈ [L*q − D, L*q + D] ∩ [0, 100], so L̄' lies in an interval and S_L (increasing in
 *       |L̄' − 50|) is largest at one of its ends;</li>
 *   <li>C*ₓ ≤ min(C*q + D, {@link #SRGB_MAX_CHROMA}) (catalogue colours are 8-bit sRGB), so
 *       C̄ ≤ C̄max and C̄' ≤ (1 + G(C̄max))·C̄max, the right side being increasing in C̄max; that
 *       bounds S_C = 1 + 0.045·C̄', S_H = 1 + 0.015·C̄'·T (with T bounded over the mean-hue arc
 *       below) and R_C = 2√(C̄'⁷/(C̄'⁷ + 25⁷));</li>
 *   <li>in the (a', b) plane x lies within (1 + G)·D of q, so when that is less than C*q the hue
 *       h'ₓ is within δ = asin((1 + G)·D / C*q) of h'q, and the mean hue h̄' (Sharma's rule picks
 *       the middle of the shorter arc) within δ/2; h'q itself moves with G ∈ [G(C̄max), G(C̄min)].
 *       When x may lie anywhere on the hue circle, h̄' — the middle of an arc of at most 180° that
 *       starts at h'q — is still within 90° of h'q. That arc's angular distance to 275° bounds
 *       Δθ = 30°·exp(−((h̄' − 275°)/25°)²) and so |R_T| = R_C·sin(2Δθ) (R_T only matters when both
 *       colours are chromatic: for a neutral one ΔH' = 0).</li>
 * </ul>
 * Writing the result as ΔE00 ≥ D·m(D) for x at distance exactly D, m is non-increasing in D
 * (every range widens), so on a cell [Dᵢ, Dᵢ₊₁] ΔE00 ≥ Dᵢ·m(Dᵢ₊₁). The bound for "distance at least
 * d" is the minimum of that over all cells from d outwards (a suffix minimum over a geometric
 * grid); beyond {@link #SATURATION} every range is saturated and the bound grows linearly.
 */
public final class Ciede2000Bound {

    /**
     * The largest C*ab of any 8-bit sRGB colour (#0000ff has 133.81), rounded up. Verified against
     * all 2²⁴ colours by Ciede2000BoundTest.
     */
    public static final double SRGB_MAX_CHROMA = 133.82;

    /** A distance by which every range above is saturated: L* spans 100, C* at most 133.82. */
    static final double SATURATION = 300.0;
    private static final double FIRST = 0.05;
    private static final double RATIO = 1.02;
    private static final double LOG_RATIO = Math.log(RATIO);
    private static final int CELLS = (int) Math.ceil(Math.log(SATURATION / FIRST) / LOG_RATIO);
    private static final double POW25_7 = 6103515625.0;
    /** Width (degrees) of the bins of {@link #T_BINS}. */
    private static final double T_BIN = 5.0;
    /** Upper bounds of T per 5° bin of mean hue; computed once, never written afterwards. */
    private static final double[] T_BINS = tBins();

    private final double lq;
    private final double aq;
    private final double bq;
    private final double cq;
    /** suffixMin[i]: lower bound of ΔE00 for every x with ΔE*ab ≥ FIRST·RATIO^i. */
    private final double[] suffixMin;
    private final double saturatedFactor;

    private Ciede2000Bound(Lab q) {
        this.lq = q.l();
        this.aq = q.a();
        this.bq = q.b();
        this.cq = Math.hypot(aq, bq);
        this.saturatedFactor = factor(SATURATION);
        this.suffixMin = new double[CELLS + 1];
        double end = FIRST * Math.pow(RATIO, CELLS);
        suffixMin[CELLS] = end * saturatedFactor;
        double next = end;
        double nextFactor = saturatedFactor;
        for (int i = CELLS - 1; i >= 0; i--) {
            double start = FIRST * Math.pow(RATIO, i);
            double cell = start * nextFactor;
            suffixMin[i] = Math.min(cell, suffixMin[i + 1]);
            next = start;
            nextFactor = factor(next);
        }
    }

    public static Ciede2000Bound around(Lab query) {
        return new Ciede2000Bound(query);
    }

    /** A value v such that ΔE00(q, x) ≥ v for every sRGB colour x with ΔE*ab(q, x) ≥ d. */
    public double lowerBound(double d) {
        if (!(d > FIRST)) {
            return 0.0;
        }
        int cell = (int) Math.floor(Math.log(d / FIRST) / LOG_RATIO);
        // Guard against the logarithm rounding up across a cell boundary.
        while (cell > 0 && FIRST * Math.pow(RATIO, cell) > d) {
            cell--;
        }
        if (cell >= CELLS) {
            return d * saturatedFactor;
        }
        return suffixMin[cell];
    }

    /**
     * The smallest grid distance beyond which no colour can be within {@code deltaE00} of q, i.e. a
     * radius r with lowerBound(r) &gt; deltaE00; every match lies within it.
     */
    public double radius(double deltaE00) {
        for (int i = 0; i <= CELLS; i++) {
            if (suffixMin[i] > deltaE00) {
                return FIRST * Math.pow(RATIO, i);
            }
        }
        return deltaE00 / saturatedFactor * RATIO;
    }

    /** m(D): ΔE00 ≥ D·m(D) for every sRGB colour x at CIE76 distance D from q. */
    double factor(double d) {
        double lLow = Math.max(0.0, lq - d);
        double lHigh = Math.min(100.0, lq + d);
        double slMax = Math.max(sl(0.5 * (lq + lLow)), sl(0.5 * (lq + lHigh)));

        double cxMax = Math.min(cq + d, Math.max(SRGB_MAX_CHROMA, cq));
        double cxMin = Math.max(0.0, cq - d);
        double cBarMax = 0.5 * (cq + cxMax);
        double cBarMin = 0.5 * (cq + cxMin);
        double gLow = g(cBarMax);
        double gHigh = g(cBarMin);
        double cpBarMax = (1.0 + gLow) * cBarMax;
        double sc = 1.0 + 0.045 * cpBarMax;

        double cp7 = Math.pow(cpBarMax, 7);
        double rc = 2.0 * Math.sqrt(cp7 / (cp7 + POW25_7));
        double[] arc = meanHueArc(d, gLow, gHigh);
        double distance = distanceTo(arc, 275.0);
        double dTheta = 30.0 * Math.exp(-(distance / 25.0) * (distance / 25.0));
        double rt = rc * Math.sin(Math.toRadians(2.0 * dTheta));
        double sh = Math.min(sc, 1.0 + 0.015 * cpBarMax * maxT(arc));
        // Smallest eigenvalue of the chroma-hue form [[1/S_C², R_T/(2 S_C S_H)], [·, 1/S_H²]];
        // it is non-increasing in S_C, S_H and |R_T|, so their upper bounds give a lower bound.
        double u = 1.0 / (sc * sc);
        double v = 1.0 / (sh * sh);
        double lambda = 0.5 * (u + v) - 0.5 * Math.sqrt((u - v) * (u - v) + rt * rt * u * v);
        return Math.min(1.0 / slMax, Math.sqrt(Math.max(0.0, lambda)));
    }

    /**
     * The arc {start, length} (degrees) that contains the mean hue h̄' of q and any x within d:
     * every h'q for G in [gLow, gHigh], widened by half the angle x can subtend.
     */
    private double[] meanHueArc(double d, double gLow, double gHigh) {
        if (cq == 0.0) {
            return new double[] {0.0, 360.0};
        }
        double reach = (1.0 + gHigh) * d;
        // h'x within δ of h'q; when x can be anywhere on the hue circle, δ = 180°. Either way the
        // mean hue, the middle of the shorter arc, is within δ/2 ≤ 90° of h'q.
        double delta = reach >= cq ? 180.0 : Math.toDegrees(Math.asin(reach / cq));
        double h0 = degrees(Math.atan2(bq, (1.0 + gLow) * aq));
        double h1 = degrees(Math.atan2(bq, (1.0 + gHigh) * aq));
        double diff = h1 - h0;
        if (diff > 180.0) {
            diff -= 360.0;
        } else if (diff <= -180.0) {
            diff += 360.0;
        }
        double start = (diff >= 0 ? h0 : h1) - 0.5 * delta;
        double length = Math.abs(diff) + delta;
        return new double[] {mod360(start), Math.min(360.0, length)};
    }

    /** Angular distance (degrees) from {@code hue} to the arc; 0 inside it. */
    private static double distanceTo(double[] arc, double hue) {
        if (arc[1] >= 360.0) {
            return 0.0;
        }
        double t = mod360(hue - arc[0]);
        if (t <= arc[1]) {
            return 0.0;
        }
        return Math.min(t - arc[1], 360.0 - t);
    }

    /** An upper bound of Sharma's T(h̄') (eq. 15) over the arc, from the per-bin maxima. */
    private static double maxT(double[] arc) {
        int first = (int) Math.floor(arc[0] / T_BIN);
        int last = arc[1] >= 360.0 ? first + T_BINS.length - 1 : (int) Math.floor((arc[0] + arc[1]) / T_BIN);
        double max = 0.0;
        for (int i = first; i <= last; i++) {
            max = Math.max(max, T_BINS[Math.floorMod(i, T_BINS.length)]);
        }
        return max;
    }

    /** Sharma eq. 15: T, with h̄' in degrees. */
    static double t(double hue) {
        double h = Math.toRadians(hue);
        return 1.0 - 0.17 * Math.cos(h - Math.toRadians(30)) + 0.24 * Math.cos(2 * h)
                + 0.32 * Math.cos(3 * h + Math.toRadians(6)) - 0.20 * Math.cos(4 * h - Math.toRadians(63));
    }

    /**
     * Per-bin maxima of T: sampled every 0.1° plus the most T can change between samples
     * (|dT/dh| ≤ 0.17 + 2·0.24 + 3·0.32 + 4·0.20 per radian), so each entry is a true upper bound.
     */
    private static double[] tBins() {
        double slopePerDegree = (0.17 + 0.48 + 0.96 + 0.80) * Math.PI / 180.0;
        double step = 0.1;
        double[] bins = new double[(int) (360 / T_BIN)];
        for (int i = 0; i < bins.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k <= (int) Math.round(T_BIN / step); k++) {
                max = Math.max(max, t(i * T_BIN + k * step));
            }
            bins[i] = max + slopePerDegree * step / 2;
        }
        return bins;
    }

    /** Sharma eq. 4: G from the mean C*ab of the pair. */
    static double g(double cBar) {
        double c7 = Math.pow(cBar, 7);
        return 0.5 * (1.0 - Math.sqrt(c7 / (c7 + POW25_7)));
    }

    /** Sharma eq. 18: S_L from the mean lightness. */
    static double sl(double lBar) {
        double t = (lBar - 50.0) * (lBar - 50.0);
        return 1.0 + 0.015 * t / Math.sqrt(20.0 + t);
    }

    private static double degrees(double radians) {
        return mod360(Math.toDegrees(radians));
    }

    private static double mod360(double deg) {
        double h = deg % 360.0;
        return h < 0 ? h + 360.0 : h;
    }
}
