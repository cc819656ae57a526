package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductRepository;
import io.aifashion.catalog.domain.search.CandidateStream;
import io.aifashion.catalog.domain.search.ColourCandidates;
import io.aifashion.catalog.domain.search.ColourMatch;
import io.aifashion.catalog.domain.search.ColourQuery;
import io.aifashion.catalog.domain.search.ColourSearch;
import io.aifashion.catalog.domain.search.ColourTolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products whose colour is within a CIEDE2000 tolerance of a colour, nearest first. */
@Service
public class SearchByColour {

    /** The hits, and how many index entries were read to find them (the search's work). */
    public record Result(List<ColourHit> hits, int candidatesRead) {
    }

    private final ColourCandidates candidates;
    private final ProductRepository products;
    private final CatalogueMetrics metrics;

    public SearchByColour(ColourCandidates candidates, ProductRepository products, CatalogueMetrics metrics) {
        this.candidates = candidates;
        this.products = products;
        this.metrics = metrics;
    }

    /** Read-only transaction: the candidate cursor streams from the index inside it. */
    @Transactional(readOnly = true)
    public Result search(ColourQuery query) {
        long started = System.nanoTime();
        ColourSearch.Result found;
        ColourTolerance tolerance = query.tolerance();
        try (CandidateStream stream = candidates.nearest(tolerance, query.category())) {
            found = ColourSearch.search(query, tolerance, stream);
        }
        List<UUID> ids = found.matches().stream().map(ColourMatch::productId).toList();
        Map<UUID, Product> byId = products.findAll(ids).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        List<ColourHit> hits = new ArrayList<>(ids.size());
        for (ColourMatch m : found.matches()) {
            Product p = byId.get(m.productId());
            if (p != null) { // deleted between the two reads
                hits.add(new ColourHit(p, m));
            }
        }
        metrics.colourSearch(System.nanoTime() - started, found.candidatesRead(), query.category() != null);
        return new Result(hits, found.candidatesRead());
    }
}
