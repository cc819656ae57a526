package io.aifashion.catalog.domain.search;

import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.color.space.Lab;
import java.util.Objects;

/**
 * A colour search: products with a colour within {@code maxDeltaE} (CIEDE2000) of {@code colour},
 * nearest first, at most {@code limit} of them.
 *
 * @param hex       the query colour as given, {@code #rrggbb}
 * @param colour    its CIELAB value
 * @param maxDeltaE the largest ΔE00 that counts as a match, in (0, 100]
 * @param limit     the most products to return, 1..{@value #MAX_LIMIT}
 * @param category  a category key (master category, sub-category or article type; lower case), or null
 */
public record ColourQuery(String hex, Lab colour, double maxDeltaE, int limit, String category) {

    public static final int MAX_LIMIT = 200;
    public static final double MAX_DELTA_E = 100.0;

    public ColourQuery {
        Objects.requireNonNull(colour, "colour");
        if (!(maxDeltaE > 0 && maxDeltaE <= MAX_DELTA_E)) {
            throw new InvalidProductException("maxDeltaE", "maxDeltaE must be greater than 0 and at most "
                    + (int) MAX_DELTA_E + "; got " + maxDeltaE);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidProductException("limit", "limit must be between 1 and " + MAX_LIMIT + "; got " + limit);
        }
    }

    /** The query colour and tolerance, with the bound that tells from where no colour can match. */
    public ColourTolerance tolerance() {
        return new ColourTolerance(colour, maxDeltaE);
    }
}
