package io.aifashion.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementsTest {

    @Test
    void anAnalysisNamesToneUndertoneAndSeason() {
        NotificationContent c = Announcements.analysisReady("a1", 6, "warm", "warm-autumn", "#a0785a");
        assertThat(c.body()).contains("6 on the Monk scale", "warm undertone", "Warm Autumn");
        assertThat(c.data()).containsEntry("analysisId", "a1").containsEntry("skinHex", "#a0785a");
    }

    @Test
    void anUnmeasuredSeasonIsLeftOutRatherThanPrintedAsNull() {
        NotificationContent c = Announcements.analysisReady("a1", 3, "cool", null, "#e0c0b0");
        assertThat(c.body()).doesNotContain("null").doesNotContain("season");
        assertThat(c.data()).doesNotContainKey("season");
    }

    @Test
    void securityNoticesNeverCarryALink() {
        NotificationContent c = Announcements.passwordReset(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(c.body()).doesNotContain("http");
        assertThat(c.data()).containsOnlyKeys("expiresAt");
    }

    @Test
    void aPaletteShowsAtMostEightColours() {
        List<String> many = List.of("#000001", "#000002", "#000003", "#000004", "#000005", "#000006", "#000007",
                "#000008", "#000009", "#00000a");
        NotificationContent c = Announcements.paletteReady("a1", "TRUE_WINTER", many);
        assertThat(c.body()).contains("True Winter", "10 colours");
        assertThat((List<?>) c.data().get("colors")).hasSize(8);
    }
}
