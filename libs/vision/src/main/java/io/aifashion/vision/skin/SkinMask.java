package io.aifashion.vision.skin;

/**
 * The skin pixels of one face crop.
 *
 * @param width           crop width
 * @param height          crop height
 * @param mask            per pixel (row-major), true for skin; owned by this object, do not modify
 * @param count           number of skin pixels
 * @param coverage        skin pixels as a fraction of the face oval (eyes, nostrils and mouth zones excluded), 0..1
 * @param clippedFraction fraction of the oval's candidate pixels that had a clipped (&ge; {@value io.aifashion.vision.skin.SkinSegmenter#CLIPPED}) channel
 * @param darkFraction    fraction of the oval's candidate pixels that were near black (every channel &le; 12)
 * @param medianLuminance median relative luminance Y of the skin pixels (before any white balance)
 * @param model           the fitted skin colour model, or null when no skin was found
 */
public record SkinMask(int width, int height, boolean[] mask, int count, double coverage,
                       double clippedFraction, double darkFraction, double medianLuminance, SkinModel model) {

    public SkinMask {
        if (mask == null || mask.length != width * height) {
            throw new IllegalArgumentException("mask size must be width x height");
        }
        if (count < 0 || coverage < 0 || coverage > 1) {
            throw new IllegalArgumentException("count and coverage out of range");
        }
    }

    public boolean isSkin(int i) {
        return mask[i];
    }
}
