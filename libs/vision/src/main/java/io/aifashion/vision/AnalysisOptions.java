package io.aifashion.vision;

import io.aifashion.color.skin.ToneScale;

/**
 * Per-call options.
 *
 * @param detectFaces  true to find faces; false when the picture already is a cropped face or a
 *                     skin patch (the whole picture is then measured as one face)
 * @param correctLight true to estimate the illuminant and correct the colours to D65; false to
 *                     report the colours as photographed
 * @param renderReport true to render a PNG report (face boxes, skin mask, swatches, Monk scale)
 * @param scale        an extra tone scale to classify against (Fitzpatrick swatches, a retailer's
 *                     shades); null for none. The Monk tone is always reported.
 * @param maxFaces     the most faces measured, largest first (at least 1)
 */
public record AnalysisOptions(boolean detectFaces, boolean correctLight, boolean renderReport, ToneScale scale, int maxFaces) {

    public AnalysisOptions {
        if (maxFaces < 1) {
            throw new IllegalArgumentException("maxFaces must be at least 1: " + maxFaces);
        }
    }

    /** Detect faces, correct the light, no report, no extra scale, up to 8 faces. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(true, true, false, null, 8);
    }

    public AnalysisOptions withFaceDetection(boolean detect) {
        return new AnalysisOptions(detect, correctLight, renderReport, scale, maxFaces);
    }

    public AnalysisOptions withLightCorrection(boolean correct) {
        return new AnalysisOptions(detectFaces, correct, renderReport, scale, maxFaces);
    }

    public AnalysisOptions withReport(boolean report) {
        return new AnalysisOptions(detectFaces, correctLight, report, scale, maxFaces);
    }

    public AnalysisOptions withScale(ToneScale extraScale) {
        return new AnalysisOptions(detectFaces, correctLight, renderReport, extraScale, maxFaces);
    }

    public AnalysisOptions withMaxFaces(int max) {
        return new AnalysisOptions(detectFaces, correctLight, renderReport, scale, max);
    }
}
