package io.aifashion.identity.web;

/** {@code POST /api/v1/auth/register}. */
public record RegisterRequest(String email, String password, String displayName) {
    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + "]";
    }
}
