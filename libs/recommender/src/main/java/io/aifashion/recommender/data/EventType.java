package io.aifashion.recommender.data;

/** What a shopper did with a product; mapped to an implicit-feedback weight by {@link EventWeights}. */
public enum EventType {
    VIEW, CLICK, LIKE, ADD_TO_CART, PURCHASE, DISLIKE;

    /** Parses {@code view}, {@code add-to-cart}, {@code ADD_TO_CART}, ... case-insensitively. */
    public static EventType parse(String text) {
        String normal = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        try {
            return valueOf(normal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type '" + text + "' (expected one of view, click, like, add-to-cart, purchase, dislike)");
        }
    }

    /** The lower-case, hyphenated name used in files: {@code add-to-cart}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
