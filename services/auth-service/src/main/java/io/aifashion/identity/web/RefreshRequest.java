package io.aifashion.identity.web;

/** {@code POST /api/v1/auth/refresh} and {@code /logout}. */
public record RefreshRequest(String refreshToken) {
    @Override
    public String toString() {
        return "RefreshRequest[]";
    }
}
