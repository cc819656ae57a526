package io.aifashion.recommender.io;

import java.util.Locale;

/** Layouts of interaction files. */
public enum InteractionFileFormat {
    /** MovieLens {@code u.data}: user, item, rating, timestamp separated by tabs (or {@code ::} as in ML-1M), no header. */
    MOVIELENS,
    /**
     * CSV with a header naming the columns: {@code user}, {@code item}, one of {@code rating} or
     * {@code weight} (or an {@code event} column of view/click/like/add-to-cart/purchase/dislike),
     * and optionally {@code timestamp}; other columns are ignored.
     */
    CSV;

    public static InteractionFileFormat parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "movielens", "ml", "udata", "u.data" -> MOVIELENS;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("unknown format '" + name + "' (expected movielens or csv)");
        };
    }
}
