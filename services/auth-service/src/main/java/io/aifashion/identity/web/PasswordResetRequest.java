package io.aifashion.identity.web;

/** {@code POST /api/v1/auth/password-reset/confirm}. */
public record PasswordResetRequest(String token, String newPassword) {
    @Override
    public String toString() {
        return "PasswordResetRequest[]";
    }
}
