package io.aifashion.catalog.infrastructure.events;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductColour;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.events.payload.LabColor;
import io.aifashion.events.payload.ProductColor;
import io.aifashion.events.payload.ProductUpserted;

/** A product as the ProductUpserted contract (libs/events, docs/events.md) carries it. */
public final class ProductEventMapping {

    private ProductEventMapping() {
    }

    public static ProductUpserted upserted(Product product) {
        ProductContent c = product.content();
        return new ProductUpserted(
                product.id().toString(),
                c.sku(),
                c.name(),
                c.brand(),
                c.gender().code(),
                c.category().masterCategory(),
                c.category().subCategory(),
                c.category().articleType(),
                c.price() == null ? null : c.price().amount(),
                c.price() == null ? null : c.price().currency(),
                c.inStock(),
                colour(c.primaryColour()),
                c.secondaryColours().stream().map(ProductEventMapping::colour).toList(),
                c.seasons(),
                // The contract carries one usage; the first tag is the product's main use.
                c.usages().isEmpty() ? null : c.usages().getFirst(),
                c.imageUrl(),
                c.shade() == null ? null : c.shade().name());
    }

    static ProductColor colour(ProductColour c) {
        return new ProductColor(c.hex(), c.known() ? new LabColor(c.lab().l(), c.lab().a(), c.lab().b()) : null,
                c.family().code());
    }
}
