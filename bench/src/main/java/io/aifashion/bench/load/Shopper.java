package io.aifashion.bench.load;

/**
 * A signed-in test shopper.
 *
 * @param email       the account's address (unique per run)
 * @param accessToken a bearer token from {@code POST /api/v1/auth/login}, valid 15 minutes
 */
public record Shopper(String email, String accessToken) {

    public Shopper {
        if (email == null || email.isBlank() || accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("a shopper needs an e-mail and an access token");
        }
    }
}
