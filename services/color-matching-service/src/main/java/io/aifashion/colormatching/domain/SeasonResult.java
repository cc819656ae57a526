package io.aifashion.colormatching.domain;

import io.aifashion.color.palette.Palette;
import io.aifashion.color.season.SeasonAnalysis;
import java.util.Objects;

/** A season decision together with the palette built for it. */
public record SeasonResult(SeasonAnalysis analysis, Palette palette) {
    public SeasonResult {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(palette, "palette");
    }
}
