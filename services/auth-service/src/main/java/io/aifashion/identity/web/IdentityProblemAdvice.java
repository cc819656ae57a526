package io.aifashion.identity.web;

import io.aifashion.identity.domain.AccountNotFound;
import io.aifashion.identity.domain.CredentialsRejected;
import io.aifashion.identity.domain.EmailNotVerified;
import io.aifashion.identity.domain.InvalidInputException;
import io.aifashion.identity.domain.OneTimeTokenRejected;
import io.aifashion.identity.domain.RefreshRejected;
import io.aifashion.identity.domain.SignInThrottled;
import io.aifashion.identity.domain.TokenPurpose;
import io.aifashion.kit.web.ApiProblem;
import io.aifashion.kit.web.ProblemDetailsAdvice;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The identity domain's refusals as RFC 9457 problems, rendered by the kit so they carry the same
 * {@code instance} and trace id as every other error. Problem types a client can act on:
 * {@code invalid-credentials}, {@code too-many-attempts} (with {@code Retry-After}),
 * {@code email-not-verified}, {@code refresh-token-reused}/{@code -revoked}/{@code -expired}/
 * {@code -invalid} (sign in again), {@code invalid-verification-token}, {@code invalid-reset-token}.
 */
@RestControllerAdvice(basePackageClasses = IdentityProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentityProblemAdvice {

    private final ProblemDetailsAdvice problems;

    public IdentityProblemAdvice(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        return problems.handleApiProblem(FieldErrors.single(e.field(), e.getMessage()), request);
    }

    @ExceptionHandler(CredentialsRejected.class)
    public ResponseEntity<Object> credentials(CredentialsRejected e, WebRequest request) {
        return withHeader(problems.handleApiProblem(new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials",
                "Sign-in failed", "E-mail or password is incorrect.", Map.of()), request),
                HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @ExceptionHandler(SignInThrottled.class)
    public ResponseEntity<Object> throttled(SignInThrottled e, WebRequest request) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return withHeader(problems.handleApiProblem(new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                "Too many sign-in attempts", "Too many failed sign-in attempts. Try again in " + seconds
                + " seconds.", Map.of("retryAfterSeconds", seconds)), request),
                HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    }

    @ExceptionHandler(EmailNotVerified.class)
    public ResponseEntity<Object> unverified(EmailNotVerified e, WebRequest request) {
        return problems.handleApiProblem(new ApiProblem(HttpStatus.FORBIDDEN, "email-not-verified",
                "E-mail address not verified", "Open the link we e-mailed you to verify your address, then sign in. "
                + "POST /api/v1/auth/verify/resend sends a new link.", Map.of()), request);
    }

    @ExceptionHandler(RefreshRejected.class)
    public ResponseEntity<Object> refresh(RefreshRejected e, WebRequest request) {
        ApiProblem problem = switch (e.status()) {
            case REUSED -> new ApiProblem(HttpStatus.UNAUTHORIZED, "refresh-token-reused", "Refresh token reused",
                    "This refresh token was already used once, so it may have been copied; the session has been "
                            + "ended everywhere. Sign in again.", Map.of());
            case REVOKED -> new ApiProblem(HttpStatus.UNAUTHORIZED, "refresh-token-revoked", "Session ended",
                    "This session has been signed out. Sign in again.", Map.of());
            case EXPIRED -> new ApiProblem(HttpStatus.UNAUTHORIZED, "refresh-token-expired", "Session expired",
                    "This session has expired. Sign in again.", Map.of());
            default -> new ApiProblem(HttpStatus.UNAUTHORIZED, "refresh-token-invalid", "Unknown refresh token",
                    "This refresh token was not issued by this service. Sign in again.", Map.of());
        };
        return withHeader(problems.handleApiProblem(problem, request), HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @ExceptionHandler(OneTimeTokenRejected.class)
    public ResponseEntity<Object> link(OneTimeTokenRejected e, WebRequest request) {
        boolean reset = e.purpose() == TokenPurpose.PASSWORD_RESET;
        return problems.handleApiProblem(new ApiProblem(HttpStatus.BAD_REQUEST,
                reset ? "invalid-reset-token" : "invalid-verification-token",
                reset ? "Reset link not valid" : "Verification link not valid",
                (reset ? "This password reset link" : "This verification link")
                        + " is unknown, has been used already or has expired. Ask for a new one.",
                Map.of("errors", java.util.List.of(Map.of("field", "token",
                        "message", "is unknown, used or expired")))), request);
    }

    @ExceptionHandler(AccountNotFound.class)
    public ResponseEntity<Object> accountNotFound(AccountNotFound e, WebRequest request) {
        return problems.handleApiProblem(new ApiProblem(HttpStatus.NOT_FOUND, "account-not-found",
                "Account not found", "The account this access token belongs to does not exist (any more).",
                Map.of()), request);
    }

    private static ResponseEntity<Object> withHeader(ResponseEntity<Object> response, String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        headers.set(name, value);
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }
}
