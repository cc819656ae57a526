package io.aifashion.imaging.domain;

import java.util.Objects;

/**
 * The colour of hair or eyes, or unknown (hex and lab null, confidence 0) when too little of it was
 * visible to measure.
 */
public record FeatureColour(String hex, LabValue lab, double confidence, String note) {

    public FeatureColour {
        Objects.requireNonNull(note, "note");
        if ((hex == null) != (lab == null)) {
            throw new IllegalArgumentException("hex and lab are both known or both unknown");
        }
        if (hex != null && !hex.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        if (!(confidence >= 0 && confidence <= 1) || (hex == null && confidence != 0)) {
            throw new IllegalArgumentException("confidence is in [0, 1] and 0 when unknown: " + confidence);
        }
    }

    public static FeatureColour unknown(String why) {
        return new FeatureColour(null, null, 0, why);
    }

    public boolean known() {
        return hex != null;
    }
}
