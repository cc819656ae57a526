package io.aifashion.identity.domain;

/**
 * Who failed to sign in, as a throttling key. The account key is derived from the e-mail address
 * typed, whether or not an account has it: throttling existing accounts only would tell an attacker
 * which addresses are registered. The address key is the client's IP address.
 */
public record ThrottleSubject(String key) {

    public ThrottleSubject {
        if (key == null || key.isBlank() || key.length() > 120) {
            throw new IllegalArgumentException("bad throttle key");
        }
    }

    public static ThrottleSubject account(EmailAddress email) {
        return new ThrottleSubject("account:" + TokenHash.of(email.value()).hex());
    }

    public static ThrottleSubject address(String clientAddress) {
        return new ThrottleSubject("address:" + clientAddress);
    }
}
