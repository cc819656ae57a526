package io.aifashion.imaging.infrastructure;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM (NIST SP 800-38D) for kept photos. Each message gets a fresh random 96-bit nonce
 * (SP 800-38D §8.2.2; with random nonces one key may seal up to 2^32 messages) and a 128-bit tag;
 * the analysis id is bound as additional authenticated data, so a ciphertext moved to another row
 * fails to open. Sealed form: {@code nonce (12 bytes) || ciphertext || tag (16 bytes)}.
 *
 * <p>The key id (first 8 bytes of SHA-256 of the key, hex) is stored beside each ciphertext so
 * that a key change is recognised instead of reported as tampering.
 */
public final class PhotoCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    public PhotoCipher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, this one " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            this.keyId = HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public byte[] seal(byte[] plaintext, UUID analysisId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(analysisId));
            byte[] sealed = c.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    /** @throws GeneralSecurityException when the data was altered, belongs to another analysis or another key */
    public byte[] open(byte[] sealed, UUID analysisId) throws GeneralSecurityException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new javax.crypto.AEADBadTagException("sealed data too short");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        c.updateAAD(aad(analysisId));
        return c.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private static byte[] aad(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
