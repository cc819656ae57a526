package io.aifashion.color.season;

import io.aifashion.color.space.Lab;

import java.util.Objects;
import java.util.Optional;

/**
 * The measured colours a season is decided from: skin (required), hair and eyes (optional — the
 * classifier works from skin alone and gets better with each added colour).
 */
public record SeasonTraits(Lab skin, Optional<Lab> hair, Optional<Lab> eyes) {

    public SeasonTraits {
        Objects.requireNonNull(skin, "skin");
        Objects.requireNonNull(hair, "hair (use Optional.empty())");
        Objects.requireNonNull(eyes, "eyes (use Optional.empty())");
    }

    public static SeasonTraits ofSkin(Lab skin) {
        return new SeasonTraits(skin, Optional.empty(), Optional.empty());
    }

    public static SeasonTraits of(Lab skin, Lab hair, Lab eyes) {
        return new SeasonTraits(skin, Optional.ofNullable(hair), Optional.ofNullable(eyes));
    }

    public SeasonTraits withHair(Lab hairColour) {
        return new SeasonTraits(skin, Optional.of(hairColour), eyes);
    }

    public SeasonTraits withEyes(Lab eyeColour) {
        return new SeasonTraits(skin, hair, Optional.of(eyeColour));
    }
}
