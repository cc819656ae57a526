package io.aifashion.identity.application;

import io.aifashion.identity.domain.Consent;
import io.aifashion.identity.domain.DisplayName;
import io.aifashion.identity.domain.Preferences;
import java.util.Objects;

/** The editable part of an account, as it should be after an edit. */
public record ProfileDraft(DisplayName displayName, Preferences preferences, Consent consent) {

    public ProfileDraft {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(consent, "consent");
    }

    public static ProfileDraft of(AccountView view) {
        return new ProfileDraft(view.account().displayName(), view.profile().preferences(), view.profile().consent());
    }
}
