package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.listing.ProductListing;
import io.aifashion.catalog.domain.listing.ProductPage;
import io.aifashion.catalog.domain.listing.ProductQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The filtered, ordered, keyset-paginated catalogue listing. */
@Service
public class ListProducts {

    private final ProductListing listing;

    public ListProducts(ProductListing listing) {
        this.listing = listing;
    }

    @Transactional(readOnly = true)
    public ProductPage list(ProductQuery query) {
        return listing.list(query);
    }
}
