package io.aifashion.identity.web;

/** {@code POST /api/v1/auth/password-reset} and {@code /verify/resend}. */
public record EmailRequest(String email) {
}
