package io.aifashion.vision.analysis;

import io.aifashion.color.space.Lab;

/**
 * Value contrast between the skin and the darkest of hair and eyes, as used in personal colour
 * analysis (high contrast: dark hair against light skin; low contrast: colouring close in lightness).
 * Measured as the largest CIELAB lightness difference |L*skin - L*feature|: below 25 low, up to 45
 * medium, above high.
 */
public enum ContrastLevel {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    /** Neither hair nor eyes were measured. */
    UNKNOWN("unknown");

    private final String code;

    ContrastLevel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The contrast level of a skin colour against the known feature colours. */
    public static ContrastLevel of(Lab skin, FeatureColor hair, FeatureColor eyes) {
        double best = -1;
        for (FeatureColor f : new FeatureColor[] {hair, eyes}) {
            if (f != null && f.known()) {
                best = Math.max(best, Math.abs(skin.l() - f.lab().l()));
            }
        }
        if (best < 0) {
            return UNKNOWN;
        }
        return best < 25 ? LOW : best <= 45 ? MEDIUM : HIGH;
    }
}
