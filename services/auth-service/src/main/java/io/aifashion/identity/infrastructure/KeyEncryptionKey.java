package io.aifashion.identity.infrastructure;

import io.aifashion.identity.application.AuthSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key-encryption key (KEK) that seals private signing keys at rest with AES-256-GCM (NIST SP
 * 800-38D: 96-bit random nonce, 128-bit tag), so a copy of the database alone cannot mint tokens.
 * Taken from, in order: {@code aifashion.auth.key-encryption-key} (environment
 * {@code AIFASHION_AUTH_KEY_ENCRYPTION_KEY}, 32 bytes in base64 — {@code openssl rand -base64 32});
 * the file {@code aifashion.auth.key-encryption-key-file}, created owner-readable with a random key
 * when missing (the launcher keeps it in its data directory); or, with neither, a random key held
 * only in memory — the service then works, but keys sealed by an earlier run cannot be opened and
 * are retired at start-up (their public halves stay published until their tokens expire).
 */
@Component
public class KeyEncryptionKey {

    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random;

    public KeyEncryptionKey(AuthSettings settings, SecureRandom random) {
        this.random = random;
        this.key = new SecretKeySpec(load(settings, random), "AES");
    }

    /** nonce ‖ ciphertext ‖ tag, with {@code context} bound as associated data. */
    public byte[] seal(byte[] plaintext, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }

    /** The plaintext, or empty if the data was sealed under another key (or tampered with). */
    public Optional<byte[]> open(byte[] sealed, String context) {
        if (sealed.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return Optional.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }

    private static byte[] load(AuthSettings settings, SecureRandom random) {
        if (settings.keyEncryptionKey() != null && !settings.keyEncryptionKey().isBlank()) {
            return decode(settings.keyEncryptionKey(), "AIFASHION_AUTH_KEY_ENCRYPTION_KEY");
        }
        if (settings.keyEncryptionKeyFile() != null && !settings.keyEncryptionKeyFile().isBlank()) {
            return fromFile(Path.of(settings.keyEncryptionKeyFile()), random);
        }
        log.warn("No key-encryption key configured (AIFASHION_AUTH_KEY_ENCRYPTION_KEY or "
                + "aifashion.auth.key-encryption-key-file): signing keys are sealed with a key kept only in "
                + "memory, so each restart starts a new signing key. Configure one in production.");
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] fromFile(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                random.nextBytes(fresh);
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                try {
                    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.createFile(file, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(file);
                    }
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
                    log.info("Created a new key-encryption key in {}", file);
                } catch (FileAlreadyExistsException raced) {
                    // another instance created it first: use theirs
                }
            }
            return decode(Files.readString(file).strip(), "the key-encryption key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key-encryption key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64 (create one with: openssl rand -base64 32)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold 32 bytes (AES-256), base64-encoded; it holds "
                    + bytes.length + " (create one with: openssl rand -base64 32)");
        }
        return bytes;
    }
}
