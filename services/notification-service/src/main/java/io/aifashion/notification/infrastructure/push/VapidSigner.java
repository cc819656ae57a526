package io.aifashion.notification.infrastructure.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Voluntary Application Server Identification (RFC 8292): every push request carries a short-lived
 * ES256 JWT naming the push service's origin ({@code aud}), an expiry ({@code exp}, at most 24 h
 * ahead, §2) and a contact ({@code sub}, a mailto: or https: URI, §2.1), signed with the key pair
 * whose public half the browser was given at subscription; {@code Authorization: vapid t=<jwt>, k=<key>} (§3).
 */
public final class VapidSigner {

    static final Duration LIFETIME = Duration.ofHours(12);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final ECPrivateKey privateKey;
    private final String publicKey;
    private final String subject;
    private final Clock clock;

    private VapidSigner(ECPrivateKey privateKey, String publicKey, String subject, Clock clock) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.subject = subject;
        this.clock = clock;
    }

    /**
     * Reads the configured key pair, refusing a mismatched or malformed one at start-up rather
     * than at the first push.
     *
     * @param publicKeyB64  the uncompressed P-256 public key, base64url (as web-push tools print it)
     * @param privateKeyB64 the 32-byte private scalar, base64url
     */
    public static VapidSigner of(String publicKeyB64, String privateKeyB64, String subject, WebPushEncryption crypto,
                                 Clock clock) {
        String s = subject == null ? "" : subject.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("mailto:") || lower.startsWith("https://"))) {
            throw new IllegalArgumentException(
                    "AIFASHION_PUSH_SUBJECT must be a mailto: or https: URI (RFC 8292 §2.1), was '" + s + "'");
        }
        byte[] pub = decode(publicKeyB64, "AIFASHION_PUSH_VAPID_PUBLIC_KEY");
        byte[] priv = decode(privateKeyB64, "AIFASHION_PUSH_VAPID_PRIVATE_KEY");
        if (priv.length != 32) {
            throw new IllegalArgumentException("AIFASHION_PUSH_VAPID_PRIVATE_KEY must be 32 bytes, base64url");
        }
        try {
            ECPublicKey publicKey = crypto.publicKey(pub);
            ECPrivateKey privateKey = crypto.privateKey(priv);
            byte[] probe = "vapid key pair check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalArgumentException(
                        "AIFASHION_PUSH_VAPID_PUBLIC_KEY does not belong to AIFASHION_PUSH_VAPID_PRIVATE_KEY");
            }
            return new VapidSigner(privateKey, B64.encodeToString(WebPushEncryption.encodePoint(publicKey)), s, clock);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the VAPID key pair is not a valid P-256 key pair: " + e.getMessage(),
                    e);
        }
    }

    /** The application server key browsers subscribe with (base64url, uncompressed point). */
    public String publicKey() {
        return publicKey;
    }

    /** The {@code Authorization} header value for a request to {@code endpoint}. */
    public String authorization(URI endpoint) {
        return "vapid t=" + token(audience(endpoint)) + ", k=" + publicKey;
    }

    String token(String audience) {
        long exp = clock.instant().plus(LIFETIME).getEpochSecond();
        String header = B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = B64.encodeToString(("{\"aud\":\"" + json(audience) + "\",\"exp\":" + exp + ",\"sub\":\""
                + json(subject) + "\"}").getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;
        try {
            // JWS ES256 wants the signature as R||S (RFC 7518 §3.4), which is the P1363 format.
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(privateKey);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a VAPID token", e);
        }
    }

    /** The origin of the push resource (RFC 8292 §2: the {@code aud} claim). */
    static String audience(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80);
        return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static byte[] decode(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        try {
            return Base64.getUrlDecoder().decode(value.strip().replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not base64url", e);
        }
    }
}
