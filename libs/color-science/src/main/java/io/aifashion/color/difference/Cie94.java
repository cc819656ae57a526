package io.aifashion.color.difference;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;

/**
 * ΔE*94 (CIE 116-1995): ΔE*ab with the chroma and hue terms down-weighted as chroma grows.
 *
 * <p>Not symmetric: the weights S_C = 1 + K1·C*₁ and S_H = 1 + K2·C*₁ use the chroma of the
 * <em>reference</em> (first) colour, as the CIE defines it. Two parameter sets are standard:
 * {@link #GRAPHIC_ARTS} (kL = 1, K1 = 0.045, K2 = 0.015) and {@link #TEXTILES} (kL = 2, K1 = 0.048,
 * K2 = 0.014).
 *
 * @param kL lightness weighting factor (kC = kH = 1 as in the standard's reference conditions)
 * @param k1 chroma weighting constant
 * @param k2 hue weighting constant
 */
public record Cie94(double kL, double k1, double k2) implements ColorDifference {

    public static final Cie94 GRAPHIC_ARTS = new Cie94(1.0, 0.045, 0.015);
    public static final Cie94 TEXTILES = new Cie94(2.0, 0.048, 0.014);

    public Cie94 {
        if (!(kL > 0) || !(k1 >= 0) || !(k2 >= 0) || !Double.isFinite(kL + k1 + k2)) {
            throw new InvalidColorException("cie94", kL + "," + k1 + "," + k2,
                    "ΔE94 parameters must be finite with kL > 0, K1 >= 0, K2 >= 0; got " + kL + ", " + k1 + ", " + k2);
        }
    }

    /** ΔE94 with the graphic-arts weights. */
    public static double deltaE(Lab reference, Lab sample) {
        return GRAPHIC_ARTS.between(reference, sample);
    }

    @Override
    public double between(Lab reference, Lab sample) {
        double dl = reference.l() - sample.l();
        double c1 = reference.chroma();
        double c2 = sample.chroma();
        double dc = c1 - c2;
        double da = reference.a() - sample.a();
        double db = reference.b() - sample.b();
        // ΔH² = Δa² + Δb² − ΔC²; rounding can make it slightly negative for near-identical hues.
        double dh2 = Math.max(0.0, da * da + db * db - dc * dc);
        double sc = 1.0 + k1 * c1;
        double sh = 1.0 + k2 * c1;
        double tl = dl / kL;
        double tc = dc / sc;
        return Math.sqrt(tl * tl + tc * tc + dh2 / (sh * sh));
    }
}
