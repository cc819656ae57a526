package io.aifashion.identity.domain;

/**
 * What the user has agreed to (GDPR Art. 7: consent is specific and opt-in, so everything starts
 * off): keeping uploaded photos after analysis, marketing e-mails, and push notifications.
 */
public record Consent(boolean storePhotos, boolean emails, boolean push) {

    public static final Consent NONE = new Consent(false, false, false);
}
