package io.aifashion.identity.web;

/** {@code POST /api/v1/auth/verify}: the token from the verification link. */
public record TokenRequest(String token) {
    @Override
    public String toString() {
        return "TokenRequest[]";
    }
}
