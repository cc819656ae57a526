package io.aifashion.notification.infrastructure.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** RFC 8292: the VAPID token is a valid ES256 JWT for the push service's origin, verifiable with the public key. */
class VapidSignerTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    final WebPushEncryption crypto = new WebPushEncryption(new SecureRandom());

    @Test
    void signsATokenThePushServiceCanVerify() throws Exception {
        KeyPair keys = keyPair();
        VapidSigner signer = VapidSigner.of(publicB64(keys), privateB64(keys), "mailto:ops@example.com", crypto,
                Clock.fixed(NOW, ZoneOffset.UTC));

        String header = signer.authorization(URI.create("https://fcm.googleapis.com/fcm/send/abc?x=1"));

        assertThat(header).startsWith("vapid t=").endsWith(", k=" + publicB64(keys));
        String jwt = header.substring("vapid t=".length(), header.indexOf(", k="));
        String[] parts = jwt.split("\\.");
        assertThat(decode(parts[0])).isEqualTo("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
        assertThat(decode(parts[1])).isEqualTo("{\"aud\":\"https://fcm.googleapis.com\",\"exp\":"
                + NOW.plus(VapidSigner.LIFETIME).getEpochSecond() + ",\"sub\":\"mailto:ops@example.com\"}");
        Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
        verify.initVerify(keys.getPublic());
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verify.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void theAudienceIsTheOriginKeepingOnlyANonDefaultPort() {
        assertThat(VapidSigner.audience(URI.create("https://Push.Example.com:443/a/b"))).isEqualTo("https://push.example.com");
        assertThat(VapidSigner.audience(URI.create("http://127.0.0.1:8123/push/1"))).isEqualTo("http://127.0.0.1:8123");
    }

    @Test
    void refusesAKeyPairThatDoesNotBelongTogether() throws Exception {
        KeyPair one = keyPair();
        KeyPair other = keyPair();
        assertThatThrownBy(() -> VapidSigner.of(publicB64(one), privateB64(other), "mailto:a@b.c", crypto,
                Clock.systemUTC())).hasMessageContaining("does not belong");
    }

    @Test
    void refusesASubjectThatIsNotAContact() throws Exception {
        KeyPair keys = keyPair();
        assertThatThrownBy(() -> VapidSigner.of(publicB64(keys), privateB64(keys), "ops@example.com", crypto,
                Clock.systemUTC())).hasMessageContaining("mailto:");
    }

    static KeyPair keyPair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static String publicB64(KeyPair keys) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(WebPushEncryption.encodePoint((ECPublicKey) keys.getPublic()));
    }

    static String privateB64(KeyPair keys) {
        byte[] s = ((ECPrivateKey) keys.getPrivate()).getS().toByteArray();
        byte[] fixed = new byte[32];
        int from = Math.max(0, s.length - 32);
        System.arraycopy(s, from, fixed, 32 - (s.length - from), s.length - from);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
