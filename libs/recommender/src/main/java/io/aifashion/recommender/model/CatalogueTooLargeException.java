package io.aifashion.recommender.model;

/**
 * A model refused to train because the item count exceeds what it can handle (EASE's dense
 * items × items matrices). Nothing was allocated; choose item-kNN or implicit ALS instead, or raise
 * the configured limit if the memory is there.
 */
public final class CatalogueTooLargeException extends IllegalArgumentException {

    private final int items;
    private final int limit;

    public CatalogueTooLargeException(String message, int items, int limit) {
        super(message);
        this.items = items;
        this.limit = limit;
    }

    public int items() {
        return items;
    }

    public int limit() {
        return limit;
    }
}
