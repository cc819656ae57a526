package io.aifashion.colormatching.domain;

import io.aifashion.color.palette.Palette;
import io.aifashion.color.season.Season;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's palette as computed from one skin-tone analysis: the season decided from their
 * measured colours, how sure the decision was, why, and the palette shifted toward their colouring.
 */
public record PersonalPalette(UUID id, String userId, String analysisId, Season season, double confidence,
                              String explanation, Palette palette, Instant createdAt) {

    public PersonalPalette {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(createdAt, "createdAt");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a personal palette belongs to a user");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
        explanation = explanation == null ? "" : explanation;
    }
}
