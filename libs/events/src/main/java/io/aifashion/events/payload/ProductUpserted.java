package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;
import java.math.BigDecimal;
import java.util.List;

/** A product was created or changed; carries what the recommendation read model needs. */
public record ProductUpserted(
        String productId,
        String sku,
        String name,
        String brand,
        String gender,
        String masterCategory,
        String subCategory,
        String articleType,
        BigDecimal price,
        String currency,
        boolean inStock,
        ProductColor primaryColor,
        List<ProductColor> secondaryColors,
        List<String> seasonTags,
        String usage,
        String imageUrl,
        String shadeName) implements EventPayload {

    public ProductUpserted {
        Checks.required(productId, "productId");
        Checks.required(sku, "sku");
        Checks.required(name, "name");
        secondaryColors = Checks.list(secondaryColors);
        seasonTags = Checks.list(seasonTags);
    }

    @Override
    public String partitionKey() {
        return productId;
    }
}
