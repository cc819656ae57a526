package io.aifashion.identity.domain;

import java.util.Optional;

/** Where profiles (preferences and consent) live. */
public interface ProfileRepository {

    Optional<Profile> find(UserId id);

    void save(Profile profile);
}
