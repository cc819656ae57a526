package io.aifashion.catalog.domain.search;

/** Port: the colours of catalogue products nearest-first by CIE76 distance (an index scan). */
public interface ColourCandidates {

    /**
     * @param tolerance the query colour and the largest ΔE00 that counts: the scan may leave out
     *                  colours it does not admit and end where it proves that none further can be
     *                  admitted (the search would discard them; a category's scan does, to spare
     *                  looking up their products)
     * @param category  when not null, only products with this category key (any level, lower case)
     */
    CandidateStream nearest(ColourTolerance tolerance, String category);
}
