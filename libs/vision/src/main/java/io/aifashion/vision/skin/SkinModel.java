package io.aifashion.vision.skin;

/**
 * A face's fitted skin colour model: a Gaussian in log-chromaticity {@code (ln R/G, ln B/G)} of
 * linear RGB, given by its mean and inverse covariance, and the median log luminance of the skin.
 * Used to recognise the same person's skin elsewhere in the picture (neck, arms, hands), which the
 * illuminant estimate must not treat as scene.
 *
 * @param meanRg       mean of ln(R/G)
 * @param meanBg       mean of ln(B/G)
 * @param inv11        inverse covariance, (1,1)
 * @param inv12        inverse covariance, (1,2) = (2,1)
 * @param inv22        inverse covariance, (2,2)
 * @param logLuminance median ln(Y) of the skin
 */
public record SkinModel(double meanRg, double meanBg, double inv11, double inv12, double inv22, double logLuminance) {

    public SkinModel {
        if (!(inv11 > 0 && inv22 > 0 && inv11 * inv22 - inv12 * inv12 > 0)) {
            throw new IllegalArgumentException("the inverse covariance must be positive definite");
        }
    }

    /** Squared Mahalanobis distance of a linear-RGB colour's log-chromaticity from the skin mean. */
    public double distance2(double r, double g, double b) {
        double e = 0.002;
        double d1 = Math.log((r + e) / (g + e)) - meanRg;
        double d2 = Math.log((b + e) / (g + e)) - meanBg;
        return inv11 * d1 * d1 + 2 * inv12 * d1 * d2 + inv22 * d2 * d2;
    }
}
