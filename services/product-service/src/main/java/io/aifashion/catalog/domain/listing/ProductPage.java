package io.aifashion.catalog.domain.listing;

import java.util.List;

/** One page of a listing; {@code next} is where the following page starts, null on the last page. */
public record ProductPage(List<ListedProduct> items, Keyset next) {
    public ProductPage {
        items = List.copyOf(items);
    }
}
