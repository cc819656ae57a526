package io.aifashion.notification;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** Push subscription request bodies as a browser's {@code PushSubscription.toJSON()} makes them. */
final class PushBodies {

    private PushBodies() {
    }

    /** A browser's key pair and auth secret. */
    record Browser(KeyPair keys, byte[] p256dh, byte[] auth) {
        String body(String endpoint) {
            return PushBodies.body(endpoint, b64(p256dh), b64(auth));
        }
    }

    static Browser browser() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = g.generateKeyPair();
            ECPublicKey pub = (ECPublicKey) keys.getPublic();
            byte[] point = new byte[65];
            point[0] = 4;
            put(pub.getW().getAffineX().toByteArray(), point, 1);
            put(pub.getW().getAffineY().toByteArray(), point, 33);
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            return new Browser(keys, point, auth);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String valid(String endpoint) {
        return browser().body(endpoint);
    }

    static String body(String endpoint, String p256dh, String auth) {
        return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh
                + "\",\"auth\":\"" + auth + "\"}}";
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void put(byte[] unsigned, byte[] out, int offset) {
        int start = Math.max(0, unsigned.length - 32);
        int length = unsigned.length - start;
        System.arraycopy(unsigned, start, out, offset + 32 - length, length);
    }
}
