package io.aifashion.kit.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The signed-in caller's user id (the token's {@code sub}), if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            return Optional.ofNullable(jwt.getToken().getSubject());
        }
        return Optional.empty();
    }

    public static String require() {
        return id().orElseThrow(() -> new org.springframework.security.authentication
                .AuthenticationCredentialsNotFoundException("sign in required"));
    }
}
