package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;
import java.math.BigDecimal;
import java.util.List;

/** A user's shopping preferences and consent as they stand after a change. */
public record PreferencesChanged(
        String userId,
        String gender,
        List<String> sizes,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        String currency,
        List<String> favouriteColors,
        List<String> dislikedColors,
        List<String> styleTags,
        boolean consentStorePhotos,
        boolean consentEmails,
        boolean consentPush) implements EventPayload {

    public PreferencesChanged {
        Checks.required(userId, "userId");
        sizes = Checks.list(sizes);
        favouriteColors = Checks.list(favouriteColors);
        dislikedColors = Checks.list(dislikedColors);
        styleTags = Checks.list(styleTags);
        if (budgetMin != null && budgetMax != null && budgetMin.compareTo(budgetMax) > 0) {
            throw new IllegalArgumentException("budgetMin must not exceed budgetMax");
        }
    }

    @Override
    public String partitionKey() {
        return userId;
    }
}
