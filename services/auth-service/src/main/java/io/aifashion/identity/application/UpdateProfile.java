package io.aifashion.identity.application;

import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountNotFound;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.Budget;
import io.aifashion.identity.domain.ClothingSize;
import io.aifashion.identity.domain.Colour;
import io.aifashion.identity.domain.Profile;
import io.aifashion.identity.domain.ProfileRepository;
import io.aifashion.identity.domain.StyleTag;
import io.aifashion.identity.domain.UserId;
import io.aifashion.kit.events.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits the signed-in user's display name, preferences and consent. The edit is applied to the
 * current state with the account row locked, so two concurrent edits cannot lose each other; an
 * edit that fails validation changes nothing. When preferences or consent change,
 * {@code PreferencesChanged} carries the full new state to every service, in the same transaction.
 */
@Service
public class UpdateProfile {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final EventPublisher events;
    private final Clock clock;

    public UpdateProfile(AccountRepository accounts, ProfileRepository profiles, EventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AccountView update(UserId id, UnaryOperator<ProfileDraft> edit) {
        // PostgreSQL keeps microseconds: the answer must equal what a later read returns.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Account account = accounts.findByIdForUpdate(id).orElseThrow(() -> new AccountNotFound(id.toString()));
        Profile profile = profiles.find(id).orElseGet(() -> Profile.empty(id, account.createdAt()));
        ProfileDraft before = ProfileDraft.of(new AccountView(account, profile));
        ProfileDraft after = edit.apply(before);

        Account updatedAccount = account;
        if (!after.displayName().equals(before.displayName())) {
            updatedAccount = account.withDisplayName(after.displayName());
            accounts.update(updatedAccount);
        }
        Profile updatedProfile = profile;
        if (!after.preferences().equals(before.preferences()) || !after.consent().equals(before.consent())) {
            updatedProfile = new Profile(id, after.preferences(), after.consent(), now);
            profiles.save(updatedProfile);
            events.publish(changed(updatedProfile));
        }
        return new AccountView(updatedAccount, updatedProfile);
    }

    static PreferencesChanged changed(Profile p) {
        var prefs = p.preferences();
        Budget budget = prefs.budget();
        return new PreferencesChanged(p.userId().toString(),
                prefs.gender() == null ? null : prefs.gender().wire(),
                prefs.sizes().stream().map(ClothingSize::wire).toList(),
                budget == null ? null : budget.min(),
                budget == null ? null : budget.max(),
                budget == null ? null : budget.currency(),
                prefs.favouriteColors().stream().map(Colour::value).toList(),
                prefs.dislikedColors().stream().map(Colour::value).toList(),
                prefs.styleTags().stream().map(StyleTag::value).toList(),
                p.consent().storePhotos(), p.consent().emails(), p.consent().push());
    }
}
