package io.aifashion.recommendation.domain.interaction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The per-(user, product) read model derived from the interaction log. */
public interface ShopperHistories {

    /**
     * Serialises the current transaction with every other that folds this user's interactions, until
     * it ends (two first interactions with one product must not both start from nothing).
     */
    void lockUser(String userId);

    Optional<ItemState> state(String userId, String productId);

    void save(ItemState state);

    /** Writes many states at once (replay). */
    void saveAll(Collection<ItemState> states);

    List<ItemState> ofUser(String userId);

    /** Streams every state (training reads the whole read model). */
    void forEach(Consumer<ItemState> sink);

    /** Removes every row: the first step of a rebuild. */
    void truncate();

    int deleteUser(String userId);
}
