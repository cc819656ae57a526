package io.aifashion.recommender.ranking;

import io.aifashion.recommender.data.IdIndex;
import io.aifashion.recommender.data.UserHistory;

import java.util.BitSet;
import java.util.Collection;

/**
 * Items that must not be recommended (out of stock, already bought, disliked, already seen, ...).
 * Filters are applied during top-N selection, so excluded items never take a slot.
 */
@FunctionalInterface
public interface ItemFilter {

    boolean excludes(int item);

    static ItemFilter none() {
        return item -> false;
    }

    default ItemFilter or(ItemFilter other) {
        return item -> excludes(item) || other.excludes(item);
    }

    /** Excludes the set bits (the set is copied). */
    static ItemFilter of(BitSet excluded) {
        BitSet copy = (BitSet) excluded.clone();
        return copy::get;
    }

    /**
     * Excludes the given external ids; ids the index does not know are ignored (they cannot be
     * recommended anyway).
     */
    static ItemFilter ofIds(IdIndex items, Collection<String> itemIds) {
        BitSet set = new BitSet(items.size());
        for (String id : itemIds) {
            int i = items.indexOf(id);
            if (i >= 0) {
                set.set(i);
            }
        }
        return set::get;
    }

    /** Excludes everything the user disliked or bought. */
    static ItemFilter dislikedOrBought(UserHistory history) {
        return item -> history.isDisliked(item) || history.isPurchased(item);
    }

    /** Excludes everything in the user's history: positives, dislikes and purchases. */
    static ItemFilter seen(UserHistory history) {
        return item -> history.contains(item) || history.isDisliked(item) || history.isPurchased(item);
    }
}
