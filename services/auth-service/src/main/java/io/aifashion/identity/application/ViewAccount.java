package io.aifashion.identity.application;

import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountNotFound;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.Profile;
import io.aifashion.identity.domain.ProfileRepository;
import io.aifashion.identity.domain.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the signed-in user's account and profile. */
@Service
public class ViewAccount {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;

    public ViewAccount(AccountRepository accounts, ProfileRepository profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public AccountView view(UserId id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountNotFound(id.toString()));
        Profile profile = profiles.find(id).orElseGet(() -> Profile.empty(id, account.createdAt()));
        return new AccountView(account, profile);
    }
}
