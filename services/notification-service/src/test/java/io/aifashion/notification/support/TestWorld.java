package io.aifashion.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.aifashion.kit.support.EmbeddedInfrastructure;
import io.aifashion.kit.support.TestTokens;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * What the service's tests talk to besides the kit's embedded servers, one of each per test JVM
 * (so that every test class shares one Spring context): a real SMTP server (GreenMail) on a fixed
 * port so it can be stopped and started again, a token issuer with a JWKS endpoint, a local push
 * service, and a VAPID key pair.
 */
public final class TestWorld {

    private static TestWorld instance;

    private final int smtpPort = EmbeddedInfrastructure.freePort();
    private final TestTokens tokens = new TestTokens();
    private final TestPushService pushService = new TestPushService();
    private final String vapidPublicKey;
    private final String vapidPrivateKey;
    private GreenMail mail;

    private TestWorld() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = g.generateKeyPair();
            byte[] point = new byte[65];
            point[0] = 4;
            fixed(((ECPublicKey) keys.getPublic()).getW().getAffineX().toByteArray(), point, 1);
            fixed(((ECPublicKey) keys.getPublic()).getW().getAffineY().toByteArray(), point, 33);
            byte[] scalar = new byte[32];
            fixed(((ECPrivateKey) keys.getPrivate()).getS().toByteArray(), scalar, 0);
            vapidPublicKey = Base64.getUrlEncoder().withoutPadding().encodeToString(point);
            vapidPrivateKey = Base64.getUrlEncoder().withoutPadding().encodeToString(scalar);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        startMail();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopMail();
            tokens.close();
            pushService.close();
        }, "test-world-stop"));
    }

    public static synchronized TestWorld get() {
        if (instance == null) {
            instance = new TestWorld();
        }
        return instance;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public TestTokens tokens() {
        return tokens;
    }

    public TestPushService pushService() {
        return pushService;
    }

    public String vapidPublicKey() {
        return vapidPublicKey;
    }

    public String vapidPrivateKey() {
        return vapidPrivateKey;
    }

    public synchronized GreenMail mail() {
        return mail;
    }

    /** Starts a fresh SMTP server on the same port (an outage ends). */
    public synchronized void startMail() {
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    /** Stops the SMTP server (an outage begins): connections to its port are refused. */
    public synchronized void stopMail() {
        if (mail != null) {
            mail.stop();
        }
    }

    private static void fixed(byte[] unsigned, byte[] out, int offset) {
        int start = Math.max(0, unsigned.length - 32);
        int length = unsigned.length - start;
        System.arraycopy(unsigned, start, out, offset + 32 - length, length);
    }
}
