package io.aifashion.vision.analysis;

import io.aifashion.color.space.Lab;

import java.util.Objects;

/**
 * The colour of a facial feature (hair, eyes) or {@code unknown} when it is not visible enough.
 *
 * @param lab        CIELAB (D65) after light correction; null when unknown
 * @param hex        {@code #rrggbb}; null when unknown
 * @param confidence 0..1; 0 when unknown
 * @param pixels     how many pixels the estimate rests on
 * @param note       why it is unknown, or how it was measured
 */
public record FeatureColor(Lab lab, String hex, double confidence, int pixels, String note) {

    public FeatureColor {
        Objects.requireNonNull(note, "note");
        if ((lab == null) != (hex == null)) {
            throw new IllegalArgumentException("lab and hex are both present or both absent");
        }
        if (!(confidence >= 0 && confidence <= 1) || (lab == null && confidence != 0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1] and 0 when unknown: " + confidence);
        }
        if (pixels < 0) {
            throw new IllegalArgumentException("pixels " + pixels);
        }
    }

    public static FeatureColor unknown(String why) {
        return new FeatureColor(null, null, 0, 0, why);
    }

    public static FeatureColor of(Lab lab, double confidence, int pixels, String note) {
        Objects.requireNonNull(lab, "lab");
        return new FeatureColor(lab, lab.toHex(), Math.max(0, Math.min(1, confidence)), pixels, note);
    }

    public boolean known() {
        return lab != null;
    }
}
