package io.aifashion.kit.security;

import java.util.Locale;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** Why a request was not authenticated, as a problem type slug and a message for people. */
record TokenRejection(String slug, String title, String detail) {

    static TokenRejection classify(AuthenticationException ex) {
        if (!(ex instanceof OAuth2AuthenticationException oauth)) {
            return new TokenRejection("authentication-required", "Authentication required",
                    "Sign in to do this: send an access token as 'Authorization: Bearer <token>'.");
        }
        String description = oauth.getError().getDescription() == null ? ""
                : oauth.getError().getDescription().toLowerCase(Locale.ROOT);
        if (description.contains("expired")) {
            return new TokenRejection("token-expired", "Access token expired",
                    "The access token has expired; refresh it and try again.");
        }
        if (description.contains("aud claim")) {
            return new TokenRejection("invalid-token-audience", "Access token not for this system",
                    "The access token was issued for another audience.");
        }
        if (description.contains("iss claim")) {
            return new TokenRejection("invalid-token-issuer", "Access token from an unknown issuer",
                    "The access token was not issued by this system.");
        }
        if (description.contains("signature") || description.contains("jws") || description.contains("algorithm")
                || description.contains("key")) {
            return new TokenRejection("invalid-token-signature", "Access token signature invalid",
                    "The access token's signature could not be verified.");
        }
        return new TokenRejection("invalid-token", "Invalid access token",
                "The access token is malformed or not acceptable.");
    }
}
