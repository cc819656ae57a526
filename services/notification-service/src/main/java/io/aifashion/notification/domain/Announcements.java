package io.aifashion.notification.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of each notification. Titles double as e-mail subjects and push titles, so they are
 * short; bodies are one sentence a lock screen can show. Account-security notices describe the
 * message without its link: the inbox is no place for a credential.
 */
public final class Announcements {

    private Announcements() {
    }

    public static NotificationContent analysisReady(String analysisId, int monkTone, String undertone, String season,
                                                    String skinHex) {
        StringBuilder body = new StringBuilder("Your skin tone is ").append(monkTone)
                .append(" on the Monk scale, with a ").append(words(undertone)).append(" undertone");
        if (season != null && !season.isBlank()) {
            body.append("; your colour season looks like ").append(title(season));
        }
        body.append(". Open AI-Fashion to see the colours that suit you.");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("analysisId", analysisId);
        data.put("monkTone", monkTone);
        data.put("undertone", undertone);
        data.put("season", season);
        data.put("skinHex", skinHex);
        return new NotificationContent("Your skin-tone analysis is ready", body.toString(), data);
    }

    public static NotificationContent paletteReady(String analysisId, String season, List<String> wearableHex) {
        int shown = Math.min(wearableHex.size(), 8);
        String body = "Your " + title(season) + " palette has " + wearableHex.size()
                + (wearableHex.size() == 1 ? " colour" : " colours") + " to wear. See which shades flatter you most.";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("analysisId", analysisId);
        data.put("season", season);
        data.put("colors", List.copyOf(wearableHex.subList(0, shown)));
        return new NotificationContent("Your colour palette is ready", body, data);
    }

    public static NotificationContent recommendationsRefreshed(int count, String reason) {
        String body = count + (count == 1 ? " product has" : " products have")
                + " been picked for your palette and taste. Take a look at what is new.";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("count", count);
        data.put("reason", reason);
        return new NotificationContent("New recommendations for you", body, data);
    }

    public static NotificationContent emailVerification(Instant expiresAt) {
        return new NotificationContent("Confirm your e-mail address",
                "We sent you an e-mail with a link to confirm your address" + until(expiresAt) + ".",
                expiry(expiresAt));
    }

    public static NotificationContent passwordReset(Instant expiresAt) {
        return new NotificationContent("Reset your password",
                "We sent you an e-mail with a link to choose a new password" + until(expiresAt)
                        + ". If you did not ask for it, you can ignore it.",
                expiry(expiresAt));
    }

    /** {@code warm-autumn}, {@code WARM_AUTUMN} or {@code warm autumn} → {@code Warm Autumn}. */
    static String title(String name) {
        String[] parts = words(name).split(" ");
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
            }
        }
        return out.toString();
    }

    private static String words(String name) {
        return name.strip().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String until(Instant expiresAt) {
        return expiresAt == null ? "" : " (valid until " + expiresAt + ")";
    }

    private static Map<String, Object> expiry(Instant expiresAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return data;
    }
}
