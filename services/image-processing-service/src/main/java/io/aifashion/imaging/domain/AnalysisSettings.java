package io.aifashion.imaging.domain;

/**
 * What the caller asked for besides the photo. Part of the cache key: the same bytes analysed with
 * different settings are different results.
 *
 * @param detectFaces true to find faces; false when the picture already is a cropped face or a skin
 *                    patch (the whole picture is then measured as one face)
 */
public record AnalysisSettings(boolean detectFaces) {

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(true);
    }
}
