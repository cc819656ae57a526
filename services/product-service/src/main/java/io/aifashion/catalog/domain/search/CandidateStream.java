package io.aifashion.catalog.domain.search;

import java.util.Iterator;

/**
 * Product colours in non-decreasing CIE76 distance from a query colour, read lazily so that a
 * search can stop as soon as {@link Ciede2000Bound} proves nothing further can match. Must be
 * closed (it may hold a database cursor).
 */
public interface CandidateStream extends Iterator<ColourCandidate>, AutoCloseable {

    /**
     * The search now keeps only colours within this ΔE00 (its k-th best so far): a stream that
     * leaves out colours its tolerance does not admit may narrow that tolerance and end sooner, since
     * the search no longer sees those colours' distances to stop on.
     */
    default void narrowTo(double deltaE) {
    }

    @Override
    void close();
}
