package io.aifashion.imaging.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules the domain holds itself to: who sees what, what a result must say, content keys. */
class AnalysisTest {

    static final AnalysisResult NO_FACE = new AnalysisResult(10, 10, "image/png", List.of(),
            List.of(new Notice("no-face", "No face.")), new Notice("no-face", "No face."), null, Map.of("total", 1.0));

    @Test
    void anAnonymousAnalysisIsReadableByIdButDeletableByNobody() {
        Analysis a = new Analysis(UUID.randomUUID(), null, Instant.now(), key("a"), NO_FACE);
        assertThat(a.readableBy(Optional.empty())).isTrue();
        assertThat(a.readableBy(Optional.of("u1"))).isTrue();
        assertThat(a.deletableBy("u1")).isFalse();
    }

    @Test
    void anOwnedAnalysisIsTheOwnersAlone() {
        Analysis a = new Analysis(UUID.randomUUID(), "u1", Instant.now(), key("a"), NO_FACE);
        assertThat(a.readableBy(Optional.of("u1"))).isTrue();
        assertThat(a.readableBy(Optional.of("u2"))).isFalse();
        assertThat(a.readableBy(Optional.empty())).isFalse();
        assertThat(a.deletableBy("u1")).isTrue();
        assertThat(a.deletableBy("u2")).isFalse();
    }

    @Test
    void aResultWithoutAMeasuredFaceMustSayWhy() {
        assertThatThrownBy(() -> new AnalysisResult(10, 10, "image/png", List.of(), List.of(), null, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(NO_FACE.completed()).isFalse();
        assertThatThrownBy(() -> new FaceResult(new Box(0, 0, 5, 5), "none", false, 0, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theContentKeyCoversTheBytesAndTheSettings() {
        byte[] image = {1, 2, 3};
        ContentKey k = ContentKey.of(image, AnalysisSettings.defaults());
        assertThat(k.hex()).hasSize(64);
        assertThat(ContentKey.of(new byte[] {1, 2, 3}, new AnalysisSettings(true))).isEqualTo(k);
        assertThat(ContentKey.of(image, new AnalysisSettings(false))).isNotEqualTo(k);
        assertThat(ContentKey.of(new byte[] {1, 2, 4}, AnalysisSettings.defaults())).isNotEqualTo(k);
    }

    static ContentKey key(String seed) {
        return ContentKey.of(seed.getBytes(), AnalysisSettings.defaults());
    }
}
