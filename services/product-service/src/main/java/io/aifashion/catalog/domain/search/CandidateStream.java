package io.aifashion.catalog.domain.search;

import java.util.Iterator;

/**
 * Product colours in non-decreasing CIE76 distance from a query colour, read lazily so that a
 * search can stop as soon as {@link Ciede2000Bound} proves nothing further can match. Must be
 * closed (it may hold a database cursor).
 */
public interface CandidateStream extends Iterator<ColourCandidate>, AutoCloseable {

    @Override
    void close();
}
