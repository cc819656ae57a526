package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;
import java.util.List;

/** A user's personal palette was (re)computed from an analysis. */
public record PaletteGenerated(
        String userId,
        String analysisId,
        String season,
        double confidence,
        List<NamedColor> wearable,
        List<NamedColor> neutrals,
        List<NamedColor> accents,
        List<NamedColor> metals,
        List<NamedColor> avoid) implements EventPayload {

    public PaletteGenerated {
        Checks.required(userId, "userId");
        Checks.required(season, "season");
        wearable = Checks.list(wearable);
        neutrals = Checks.list(neutrals);
        accents = Checks.list(accents);
        metals = Checks.list(metals);
        avoid = Checks.list(avoid);
        if (wearable.isEmpty()) {
            throw new IllegalArgumentException("a palette needs wearable colours");
        }
    }

    @Override
    public String partitionKey() {
        return userId;
    }
}
