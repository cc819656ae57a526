package io.aifashion.catalog.domain.shade;

import io.aifashion.catalog.domain.Product;
import java.util.List;

/** Port: the catalogue's complexion products (those with a shade). */
public interface ShadeCatalogue {

    /** @param brand when not null, only this brand (case-insensitive) */
    List<Product> shades(String brand);
}
