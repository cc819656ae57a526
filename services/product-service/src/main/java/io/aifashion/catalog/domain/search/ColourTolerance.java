package io.aifashion.catalog.domain.search;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;

/**
 * A query colour with the largest CIEDE2000 difference (Sharma, Wu and Dalal, 2005) that counts as
 * a match: which colours it admits, and — through {@link Ciede2000Bound} — from which CIE76
 * distance on no colour can be admitted. A candidate index may use it to skip colours no search
 * with this tolerance can keep, and to stop.
 */
public final class ColourTolerance {

    /**
     * Slack added to the stopping threshold: the bound is exact mathematics, ΔE00 is computed in
     * floating point, and a result must never be lost to the last bit.
     */
    static final double SLACK = 1e-9;

    private final Lab query;
    private final double maxDeltaE;
    private final Ciede2000Bound bound;

    public ColourTolerance(Lab query, double maxDeltaE) {
        if (query == null) {
            throw new IllegalArgumentException("a query colour is required");
        }
        if (!(maxDeltaE > 0)) {
            throw new IllegalArgumentException("the tolerance must be positive; got " + maxDeltaE);
        }
        this.query = query;
        this.maxDeltaE = maxDeltaE;
        this.bound = Ciede2000Bound.around(query);
    }

    public Lab query() {
        return query;
    }

    public double maxDeltaE() {
        return maxDeltaE;
    }

    /** The exact ΔE00 between the query and a colour. */
    public double deltaE(double l, double a, double b) {
        return Ciede2000.deltaE(query.l(), query.a(), query.b(), l, a, b);
    }

    /** Whether a colour at this CIE76 distance, or farther, can still be within {@code threshold}. */
    public boolean mayReach(double cie76, double threshold) {
        return bound.lowerBound(cie76) <= threshold + SLACK;
    }

    /** Whether a colour at this CIE76 distance, or farther, can still be within the tolerance. */
    public boolean mayReach(double cie76) {
        return mayReach(cie76, maxDeltaE);
    }
}
