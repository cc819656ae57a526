package io.aifashion.notification.domain;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The keys a browser hands out with a push subscription (W3C Push API {@code PushSubscription.getKey}):
 * {@code p256dh}, its ECDH public key on P-256 in uncompressed form (65 bytes, SEC 1 §2.3.3), and
 * {@code auth}, a 16-byte secret (RFC 8291 §3.2). Messages are encrypted to these keys, so a key
 * that is not a point on the curve could never be used and is refused up front.
 */
public final class PushKeys {

    // NIST P-256 (FIPS 186-4 §D.1.2.3): y^2 = x^3 - 3x + b over GF(p).
    private static final BigInteger P = new BigInteger(
            "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger B = new BigInteger(
            "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);

    private final byte[] p256dh;
    private final byte[] auth;

    public PushKeys(byte[] p256dh, byte[] auth) {
        if (p256dh == null || p256dh.length != 65 || p256dh[0] != 0x04) {
            throw new InvalidPushKeyException("p256dh",
                    "must be an uncompressed P-256 public key (65 bytes starting 0x04)");
        }
        if (!onCurve(p256dh)) {
            throw new InvalidPushKeyException("p256dh", "is not a point on the P-256 curve");
        }
        if (auth == null || auth.length != 16) {
            throw new InvalidPushKeyException("auth", "must be a 16-byte secret");
        }
        this.p256dh = p256dh.clone();
        this.auth = auth.clone();
    }

    public byte[] p256dh() {
        return p256dh.clone();
    }

    public byte[] auth() {
        return auth.clone();
    }

    private static boolean onCurve(byte[] point) {
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(P);
        BigInteger right = x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(B).mod(P);
        return left.equals(right);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PushKeys k && Arrays.equals(p256dh, k.p256dh) && Arrays.equals(auth, k.auth);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(p256dh) + Arrays.hashCode(auth);
    }

    @Override
    public String toString() {
        return "PushKeys[p256dh=" + p256dh.length + " bytes, auth=(hidden)]";
    }

    /** A key a browser could not have produced; {@code field} names which. */
    public static final class InvalidPushKeyException extends IllegalArgumentException {
        private final String field;

        public InvalidPushKeyException(String field, String message) {
            super(field + " " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
