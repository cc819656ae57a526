package io.aifashion.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PushKeysTest {

    static final byte[] P256DH = Base64.getUrlDecoder()
            .decode("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4");
    static final byte[] AUTH = Base64.getUrlDecoder().decode("BTBZMqHH6r4Tts7J_aSIgg");

    @Test
    void acceptsABrowsersKeysAndKeepsItsOwnCopies() {
        byte[] p256dh = P256DH.clone();
        PushKeys keys = new PushKeys(p256dh, AUTH);
        p256dh[10] ^= 1;
        assertThat(keys.p256dh()).isEqualTo(P256DH);
        assertThat(keys.auth()).isEqualTo(AUTH);
    }

    @Test
    void refusesAPointOffTheCurve() {
        byte[] off = P256DH.clone();
        off[64] ^= 1;
        assertThatThrownBy(() -> new PushKeys(off, AUTH))
                .isInstanceOfSatisfying(PushKeys.InvalidPushKeyException.class,
                        e -> assertThat(e.field()).isEqualTo("p256dh"))
                .hasMessageContaining("not a point on the P-256 curve");
    }

    @Test
    void refusesWrongLengthsAndCompressedPoints() {
        byte[] compressed = new byte[33];
        compressed[0] = 2;
        assertThatThrownBy(() -> new PushKeys(compressed, AUTH)).hasMessageContaining("65 bytes");
        assertThatThrownBy(() -> new PushKeys(P256DH, new byte[8]))
                .isInstanceOfSatisfying(PushKeys.InvalidPushKeyException.class,
                        e -> assertThat(e.field()).isEqualTo("auth"));
    }
}
