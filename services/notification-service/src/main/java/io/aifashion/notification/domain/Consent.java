package io.aifashion.notification.domain;

/**
 * What the user agreed to be contacted by, as last announced by the identity service
 * ({@code PreferencesChanged}). Until it has said anything, nothing is agreed: e-mail and push
 * are opt-in.
 */
public record Consent(boolean email, boolean push) {

    public static final Consent NONE = new Consent(false, false);
}
