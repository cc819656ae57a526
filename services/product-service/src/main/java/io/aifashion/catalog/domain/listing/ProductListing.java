package io.aifashion.catalog.domain.listing;

/** Port: filtered, ordered, keyset-paginated product listing. */
public interface ProductListing {

    ProductPage list(ProductQuery query);
}
