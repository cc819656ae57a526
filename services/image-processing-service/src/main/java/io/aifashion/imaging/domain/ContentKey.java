package io.aifashion.imaging.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity of an analysis input: SHA-256 (FIPS 180-4) over the pipeline revision, the settings
 * and the image bytes. Equal keys mean the pipeline would compute the same result, which is what
 * makes a cached result reusable. It is a fingerprint of the photo, so it is deleted together with
 * the analysis that holds it.
 *
 * @param hex 64 lowercase hexadecimal digits
 */
public record ContentKey(String hex) {

    /**
     * Bumped whenever the measurement changes in a way that makes old cached results wrong
     * (cached entries also expire after an hour, so a forgotten bump heals itself).
     */
    public static final String PIPELINE_REVISION = "vision-1";

    public ContentKey {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a content key is 64 lowercase hex digits: " + hex);
        }
    }

    public static ContentKey of(byte[] image, AnalysisSettings settings) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(settings, "settings");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((PIPELINE_REVISION + ";faces=" + settings.detectFaces() + ";").getBytes(StandardCharsets.US_ASCII));
            sha.update(image);
            return new ContentKey(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest contract).
            throw new IllegalStateException(e);
        }
    }
}
