package io.aifashion.notification.infrastructure.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * RFC 8291's worked example (Appendix A) reproduced byte for byte, and messages to fresh keys
 * opened by a receiver written here from the RFC (the browser's side), so the encryption is
 * provably what a browser decrypts.
 */
class WebPushEncryptionTest {

    // RFC 8291 Appendix A: published example values (test data, not secrets of this system).
    static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    static final String AUTH_SECRET = "BTBZMqHH6r4Tts7J_aSIgg";
    static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml"
            + "mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT"
            + "pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    final WebPushEncryption encryption = new WebPushEncryption(new SecureRandom());

    @Test
    void reproducesTheRfc8291AppendixAExampleExactly() throws Exception {
        KeyPair sender = new KeyPair(encryption.publicKey(b64(AS_PUBLIC)), encryption.privateKey(b64(AS_PRIVATE)));

        byte[] body = encryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), b64(UA_PUBLIC), b64(AUTH_SECRET),
                sender, b64(SALT));

        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(body)).isEqualTo(BODY);
    }

    @Test
    void theReceiverHereOpensTheRfcExample() throws Exception {
        // Proves the test's receiver against the RFC before it is trusted with the cases below.
        byte[] plain = Receiver.decrypt(b64(BODY), encryption.privateKey(b64(UA_PRIVATE)), b64(UA_PUBLIC),
                b64(AUTH_SECRET));
        assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
    }

    @Test
    void aBrowserWithFreshKeysDecryptsWhatIsSent() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair browser = g.generateKeyPair();
        byte[] uaPublic = WebPushEncryption.encodePoint((ECPublicKey) browser.getPublic());
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        byte[] message = "{\"type\":\"analysis-ready\",\"title\":\"Ready ✓\"}".getBytes(StandardCharsets.UTF_8);

        byte[] first = encryption.encrypt(message, uaPublic, auth);
        byte[] second = encryption.encrypt(message, uaPublic, auth);

        assertThat(Receiver.decrypt(first, (ECPrivateKey) browser.getPrivate(), uaPublic, auth)).isEqualTo(message);
        assertThat(Receiver.decrypt(second, (ECPrivateKey) browser.getPrivate(), uaPublic, auth)).isEqualTo(message);
        // A fresh salt and sender key per message: equal plaintexts never look alike on the wire.
        assertThat(Arrays.copyOf(first, 16)).isNotEqualTo(Arrays.copyOf(second, 16));
        assertThat(first).isNotEqualTo(second);
        ByteBuffer header = ByteBuffer.wrap(first);
        header.position(16);
        assertThat(header.getInt()).isEqualTo(WebPushEncryption.RECORD_SIZE);
        assertThat(header.get()).isEqualTo((byte) 65);
    }

    @Test
    void refusesAPayloadTheSmallestPushServiceCouldReject() {
        byte[] tooBig = new byte[WebPushEncryption.MAX_PLAINTEXT + 1];
        assertThatThrownBy(() -> encryption.encrypt(tooBig, b64(UA_PUBLIC), b64(AUTH_SECRET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
        assertThat(encryption.encrypt(new byte[WebPushEncryption.MAX_PLAINTEXT], b64(UA_PUBLIC), b64(AUTH_SECRET)))
                .hasSize(4096);
    }

    static byte[] b64(String s) {
        return Base64.getUrlDecoder().decode(s);
    }

    /** The user agent's side of RFC 8291 §3.4 / RFC 8188 §2, written independently of the sender. */
    static final class Receiver {
        static byte[] decrypt(byte[] body, ECPrivateKey uaPrivate, byte[] uaPublic, byte[] auth) throws Exception {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            int recordSize = in.getInt();
            byte[] keyId = new byte[in.get() & 0xff];
            in.get(keyId);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            assertThat(ciphertext.length).isLessThanOrEqualTo(recordSize);

            KeyAgreement ka = KeyAgreement.getInstance("ECDH");
            ka.init(uaPrivate);
            ka.doPhase(new WebPushEncryption(new SecureRandom()).publicKey(keyId), true);
            byte[] ecdh = ka.generateSecret();
            byte[] prkKey = hmac(auth, ecdh);
            byte[] info = cat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uaPublic, keyId, new byte[] {1});
            byte[] ikm = hmac(prkKey, info);
            byte[] prk = hmac(salt, ikm);
            byte[] cek = Arrays.copyOf(hmac(prk, cat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {1})), 16);
            byte[] nonce = Arrays.copyOf(hmac(prk, cat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {1})), 12);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = c.doFinal(ciphertext);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            assertThat(padded[end]).as("last-record delimiter").isEqualTo((byte) 2);
            return Arrays.copyOf(padded, end);
        }

        private static byte[] hmac(byte[] key, byte[] data) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }

        private static byte[] cat(byte[]... parts) {
            ByteBuffer b = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
            for (byte[] p : parts) {
                b.put(p);
            }
            return b.array();
        }
    }
}
