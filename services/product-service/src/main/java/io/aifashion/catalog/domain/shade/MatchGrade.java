package io.aifashion.catalog.domain.shade;

/**
 * How well a shade matches a skin colour, by its CIEDE2000 difference. ΔE00 ≈ 1 is the usual
 * just-noticeable difference for side-by-side samples (the unit the formula was scaled to, CIE
 * 142-2001), and acceptability thresholds for natural-looking colour matches reported in the
 * literature lie between about 1.8 (Paravina et al., "Color difference thresholds in dentistry",
 * J. Esthet. Restor. Dent. 27, 2015) and 3; the bands follow that scale.
 */
public enum MatchGrade {
    /** ΔE00 ≤ 1: the difference is at the threshold of perception. */
    EXCELLENT(1.0),
    /** ΔE00 ≤ 2.5: visible side by side, acceptable on skin. */
    GOOD(2.5),
    /** ΔE00 ≤ 5: a noticeable difference; a blend or another brand may do better. */
    FAIR(5.0),
    /** ΔE00 &gt; 5: a clear mismatch. */
    POOR(Double.POSITIVE_INFINITY);

    private final double upTo;

    MatchGrade(double upTo) {
        this.upTo = upTo;
    }

    public double upTo() {
        return upTo;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static MatchGrade of(double deltaE00) {
        for (MatchGrade g : values()) {
            if (deltaE00 <= g.upTo) {
                return g;
            }
        }
        return POOR;
    }
}
