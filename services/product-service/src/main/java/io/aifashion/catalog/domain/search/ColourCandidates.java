package io.aifashion.catalog.domain.search;

import io.aifashion.color.space.Lab;

/** Port: the colours of catalogue products nearest-first by CIE76 distance (an index scan). */
public interface ColourCandidates {

    /**
     * @param query    the query colour
     * @param category when not null, only products with this category key (any level, lower case)
     */
    CandidateStream nearest(Lab query, String category);
}
