package io.aifashion.identity.application;

import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.Profile;

/** An account with its profile, as its owner sees it. */
public record AccountView(Account account, Profile profile) {
}
