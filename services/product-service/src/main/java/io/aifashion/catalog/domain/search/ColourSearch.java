package io.aifashion.catalog.domain.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Exact k-nearest colour search under CIEDE2000 (Sharma, Wu and Dalal, 2005) on top of an index
 * that can only order by CIE76 distance: candidates are read nearest-first, each is refined with
 * the exact ΔE00, and the scan stops as soon as {@link Ciede2000Bound} proves that no unread
 * colour can be within the tolerance or beat the current k-th best. The result equals a full scan
 * that computes ΔE00 for every product colour, keeps each product's best, drops those above the
 * tolerance and sorts by (ΔE00, product id).
 */
public final class ColourSearch {

    private ColourSearch() {
    }

    /** The matches, and how many index entries were read to find them. */
    public record Result(List<ColourMatch> matches, int candidatesRead) {
    }

    public static Result search(ColourQuery query, CandidateStream candidates) {
        return search(query, query.tolerance(), candidates);
    }

    /** As above, with the query's tolerance already built (it carries a table computed per colour). */
    public static Result search(ColourQuery query, ColourTolerance tolerance, CandidateStream candidates) {
        TreeSet<ColourMatch> best = new TreeSet<>(ColourMatch.ORDER);
        Map<UUID, ColourMatch> byProduct = new HashMap<>();
        int read = 0;
        while (candidates.hasNext()) {
            ColourCandidate c = candidates.next();
            read++;
            double threshold = best.size() < query.limit()
                    ? query.maxDeltaE()
                    : Math.min(query.maxDeltaE(), best.last().deltaE());
            if (!tolerance.mayReach(c.distance(), threshold)) {
                break;
            }
            double deltaE = tolerance.deltaE(c.l(), c.a(), c.b());
            if (deltaE > query.maxDeltaE()) {
                continue;
            }
            ColourMatch match = new ColourMatch(c.productId(), deltaE, c.l(), c.a(), c.b());
            ColourMatch previous = byProduct.get(c.productId());
            if (previous != null) {
                if (ColourMatch.ORDER.compare(match, previous) >= 0) {
                    continue;
                }
                best.remove(previous);
            }
            best.add(match);
            byProduct.put(c.productId(), match);
            if (best.size() > query.limit()) {
                ColourMatch dropped = best.pollLast();
                byProduct.remove(dropped.productId());
            }
            if (best.size() == query.limit()) {
                candidates.narrowTo(best.last().deltaE());
            }
        }
        return new Result(List.copyOf(best), read);
    }
}
