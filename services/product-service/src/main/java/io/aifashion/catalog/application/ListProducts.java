package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.listing.ProductListing;
import io.aifashion.catalog.domain.listing.ProductPage;
import io.aifashion.catalog.domain.listing.ProductQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The filtered, ordered, keyset-paginated catalogue listing. */
@Service
public class ListProducts {

    private final ProductListing listing;

    public ListProducts(ProductListing listing) {
        this.listing = listing;
    }

    /**
     * One snapshot for the whole page: the listing may ask the database several times (estimates,
     * a windowed attempt, the filters first), and every answer must describe the same catalogue.
     * A read-only repeatable-read transaction in PostgreSQL never fails to serialise.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ProductPage list(ProductQuery query) {
        return listing.list(query);
    }
}
