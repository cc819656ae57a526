package io.aifashion.imaging.domain;

import java.util.Objects;

/**
 * The 12-season colour type decided from skin, hair and eyes.
 *
 * @param id          the season's slug, e.g. {@code deep-autumn} (as the colour-matching API names it)
 * @param name        e.g. {@code Deep Autumn}
 * @param confidence  0..1: the winner's lead over the runner-up
 * @param runnerUp    the runner-up's slug
 * @param explanation why, in a few sentences
 */
public record SeasonReading(String id, String name, double confidence, String runnerUp, String explanation) {

    public SeasonReading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(explanation, "explanation");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("season confidence must be in [0, 1]: " + confidence);
        }
    }
}
