package io.aifashion.color.skin;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;

import java.util.Objects;

/**
 * The undertone of a skin colour, derived from its CIELAB hue angle h_ab and chroma C*ab, with the
 * continuous scores behind the label.
 *
 * <h2>Method and thresholds</h2>
 * Spectrophotometric skin colours have hue angles mostly between about 45° (pink-red) and 70°
 * (golden-yellow) (e.g. Xiao et al., "Characterising the variations in ethnic skin colours",
 * Skin Research and Technology 23, 2017); "cool" in cosmetics means the red/pink end, "warm" the
 * yellow end, "olive" a hue pushed past yellow with a muted, greyish-green cast.
 * <ul>
 *   <li><b>reliability</b> r = clamp((C − 4)/8, 0, 1): below C = 4 the hue of a near-grey is noise,
 *       from C = 12 it is fully trusted. Both scores are multiplied by r, so very pale or very deep,
 *       nearly achromatic skin reads as neutral rather than as a random hue.</li>
 *   <li><b>warmth</b> w = r · clamp((h − 56°)/12°, −1, 1): 0 at 56°, the middle of the skin range;
 *       +1 from 68° (golden), −1 from 44° (rosy).</li>
 *   <li><b>olive</b> o = r · clamp((h − 70°)/10°, 0, 1) · clamp((28 − C)/8, 0, 1): a hue past 70° with
 *       chroma below about 24 — yellow-green and muted. High-chroma yellow skin is golden (warm), not olive.</li>
 *   <li>Label: OLIVE if o ≥ 0.5; else WARM if w ≥ 1/3 (h ≳ 60°); COOL if w ≤ −1/3 (h ≲ 52°);
 *       NEUTRAL otherwise.</li>
 *   <li><b>confidence</b>: how far past its threshold the deciding score is, as a fraction of the
 *       remaining range: (o − 0.5)/0.5 for olive, (|w| − 1/3)/(2/3) for warm/cool, and for neutral
 *       the smaller of 1 − |w|/(1/3) and 1 − o/0.5. 0 means "on a boundary".</li>
 * </ul>
 *
 * @param type       the label
 * @param warmth     −1 (cool) … +1 (warm)
 * @param olive      0 … 1
 * @param confidence 0 … 1
 * @param hue        h_ab of the skin, degrees
 * @param chroma     C*ab of the skin
 */
public record Undertone(UndertoneType type, double warmth, double olive, double confidence, double hue, double chroma) {

    static final double NEUTRAL_HUE = 56.0;
    static final double HUE_SPAN = 12.0;
    static final double LABEL_THRESHOLD = 1.0 / 3.0;
    static final double OLIVE_THRESHOLD = 0.5;

    public Undertone {
        Objects.requireNonNull(type, "type");
        check("undertone.warmth", warmth, -1, 1);
        check("undertone.olive", olive, 0, 1);
        check("undertone.confidence", confidence, 0, 1);
        check("undertone.hue", hue, 0, 360);
        check("undertone.chroma", chroma, 0, Double.MAX_VALUE);
    }

    private static void check(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidColorException(field, Double.toString(value), field + " must be in [" + min + ", " + max + "]; got " + value);
        }
    }

    /** Classifies the undertone of a skin colour (see the class comment for the method). */
    public static Undertone of(Lab skin) {
        double hue = skin.hue();
        double chroma = skin.chroma();
        double reliability = clamp((chroma - 4.0) / 8.0, 0.0, 1.0);
        double warmth = reliability * clamp((hue - NEUTRAL_HUE) / HUE_SPAN, -1.0, 1.0);
        double olive = reliability * clamp((hue - 70.0) / 10.0, 0.0, 1.0) * clamp((28.0 - chroma) / 8.0, 0.0, 1.0);
        UndertoneType type;
        double confidence;
        if (olive >= OLIVE_THRESHOLD) {
            type = UndertoneType.OLIVE;
            confidence = (olive - OLIVE_THRESHOLD) / (1.0 - OLIVE_THRESHOLD);
        } else if (warmth >= LABEL_THRESHOLD) {
            type = UndertoneType.WARM;
            confidence = (warmth - LABEL_THRESHOLD) / (1.0 - LABEL_THRESHOLD);
        } else if (warmth <= -LABEL_THRESHOLD) {
            type = UndertoneType.COOL;
            confidence = (-warmth - LABEL_THRESHOLD) / (1.0 - LABEL_THRESHOLD);
        } else {
            type = UndertoneType.NEUTRAL;
            confidence = Math.min(1.0 - Math.abs(warmth) / LABEL_THRESHOLD, 1.0 - olive / OLIVE_THRESHOLD);
        }
        return new Undertone(type, warmth, olive, clamp(confidence, 0.0, 1.0), hue, chroma);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
