package io.aifashion.kit.security;

import io.aifashion.kit.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers 401 as problem+json with a type that tells the client what to do: sign in (no token),
 * refresh (expired token) or start over (a token that is not ours). The {@code WWW-Authenticate}
 * header follows RFC 6750 §3.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        TokenRejection rejection = TokenRejection.classify(ex);
        String challenge = ex instanceof OAuth2AuthenticationException
                ? "Bearer error=\"invalid_token\", error_description=\"" + rejection.detail() + "\""
                : "Bearer";
        writer.write(request, response, HttpStatus.UNAUTHORIZED, rejection.slug(), rejection.title(),
                rejection.detail(), Map.of("WWW-Authenticate", challenge));
    }
}
