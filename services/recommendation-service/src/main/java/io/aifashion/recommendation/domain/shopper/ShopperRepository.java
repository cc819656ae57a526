package io.aifashion.recommendation.domain.shopper;

import java.util.Optional;

/** Read models of what other services announced about a user: palette and preferences. */
public interface ShopperRepository {

    void savePalette(UserPalette palette);

    Optional<UserPalette> palette(String userId);

    void savePreferences(ShoppingPreferences preferences);

    Optional<ShoppingPreferences> preferences(String userId);

    int deleteUser(String userId);
}
