package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;
import java.time.Instant;

/**
 * A photo was analysed. {@code userId} is null for anonymous analyses (then the analysis id is the
 * partition key); hair, eyes and season are null when they could not be measured.
 */
public record SkinToneAnalyzed(
        String analysisId,
        String userId,
        int monkTone,
        double confidence,
        String skinHex,
        LabColor skinLab,
        double ita,
        String undertone,
        String hairHex,
        String eyeHex,
        String season,
        Instant analyzedAt) implements EventPayload {

    public SkinToneAnalyzed {
        Checks.required(analysisId, "analysisId");
        if (monkTone < 1 || monkTone > 10) {
            throw new IllegalArgumentException("monkTone must be 1..10, was " + monkTone);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
        skinHex = Checks.hex(Checks.required(skinHex, "skinHex"), "skinHex");
        hairHex = Checks.hex(hairHex, "hairHex");
        eyeHex = Checks.hex(eyeHex, "eyeHex");
        Checks.required(undertone, "undertone");
    }

    @Override
    public String partitionKey() {
        return userId != null ? userId : analysisId;
    }
}
