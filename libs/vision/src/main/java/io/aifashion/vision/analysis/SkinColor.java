package io.aifashion.vision.analysis;

import io.aifashion.color.space.Lab;

import java.util.List;
import java.util.Objects;

/**
 * The measured skin colour of one face.
 *
 * @param lab              robust skin colour after correcting the light to D65, CIELAB (D65)
 * @param hex              {@code lab} as {@code #rrggbb}
 * @param asPhotographed   the same estimate without light correction
 * @param correctionDeltaE CIEDE2000 between {@code asPhotographed} and {@code lab}: how much the light correction changed the result
 * @param pixels           skin pixels measured (at the normalised face scale)
 * @param coverage         skin pixels as a fraction of the face oval, 0..1
 * @param dominant         the main skin colours with their shares (k-means, k = 3), largest first
 */
public record SkinColor(Lab lab, String hex, Lab asPhotographed, double correctionDeltaE, int pixels, double coverage,
                        List<DominantColor> dominant) {

    public SkinColor {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(hex, "hex");
        Objects.requireNonNull(asPhotographed, "asPhotographed");
        dominant = List.copyOf(dominant);
        if (pixels < 1 || !(coverage >= 0 && coverage <= 1) || !(correctionDeltaE >= 0)) {
            throw new IllegalArgumentException("pixels, coverage or correctionDeltaE out of range");
        }
    }
}
