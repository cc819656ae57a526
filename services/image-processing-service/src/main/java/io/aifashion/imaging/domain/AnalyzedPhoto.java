package io.aifashion.imaging.domain;

import java.util.Objects;

/** The pipeline's answer: the derived result, and the photo copy when one was asked for. */
public record AnalyzedPhoto(AnalysisResult result, PhotoCopy photo) {

    public AnalyzedPhoto {
        Objects.requireNonNull(result, "result");
    }
}
