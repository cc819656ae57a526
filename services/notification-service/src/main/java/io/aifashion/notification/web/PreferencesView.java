package io.aifashion.notification.web;

import java.util.Map;

/**
 * The effective settings: channel switches, and the consent (managed in the user's profile) they
 * combine with — an e-mail goes out only when both say yes.
 */
public record PreferencesView(Map<String, Map<String, Boolean>> channels, Consent consent, boolean emailAddressKnown,
                              boolean pushAvailable) {

    public record Consent(boolean email, boolean push) {
    }
}
