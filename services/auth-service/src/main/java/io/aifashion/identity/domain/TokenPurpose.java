package io.aifashion.identity.domain;

/** What a single-use link proves; the wire name is the notification's {@code kind}. */
public enum TokenPurpose {
    EMAIL_VERIFICATION("email-verification", "/verify"),
    PASSWORD_RESET("password-reset", "/reset-password");

    private final String kind;
    private final String page;

    TokenPurpose(String kind, String page) {
        this.kind = kind;
        this.page = page;
    }

    public String kind() {
        return kind;
    }

    /** The web app page the link opens, which posts the token back to the API. */
    public String page() {
        return page;
    }
}
