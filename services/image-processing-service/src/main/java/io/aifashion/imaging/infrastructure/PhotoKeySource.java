package io.aifashion.imaging.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the photo key comes from: {@code AIFASHION_IMAGING_PHOTO_KEY} (base64 of 32 bytes) in
 * production, from a secret store; otherwise a key file, generated on first start with owner-only
 * permissions, so that a laptop run keeps its photos readable across restarts without setup.
 * Deriving a key from something in the configuration was rejected: anyone with the configuration
 * would have the key.
 */
final class PhotoKeySource {

    private static final Logger log = LoggerFactory.getLogger(PhotoKeySource.class);

    private PhotoKeySource() {
    }

    static byte[] load(String configured, Path keyFile) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.trim(), "aifashion.imaging.photo-key (AIFASHION_IMAGING_PHOTO_KEY)");
        }
        try {
            if (Files.exists(keyFile)) {
                return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim(), keyFile.toString());
            }
            return generate(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the photo key file " + keyFile
                    + "; set AIFASHION_IMAGING_PHOTO_KEY or aifashion.imaging.photo-key-file", e);
        }
    }

    private static byte[] generate(Path keyFile) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path dir = keyFile.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        byte[] text = Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.US_ASCII);
        try {
            Files.write(keyFile, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            // Another service instance on this machine created it first: use theirs.
            return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim(), keyFile.toString());
        }
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Cannot restrict the permissions of {} on this file system", keyFile);
        }
        log.warn("Generated a local photo encryption key at {}. Set AIFASHION_IMAGING_PHOTO_KEY in production.",
                keyFile.toAbsolutePath());
        return key;
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The photo key from " + source + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("The photo key from " + source + " must be 32 bytes (AES-256), it has "
                    + key.length);
        }
        return key;
    }
}
