package io.aifashion.catalog.web;

import io.aifashion.catalog.domain.importing.RawColour;
import io.aifashion.catalog.domain.importing.RawProduct;
import java.math.BigDecimal;
import java.util.List;

/**
 * A product to create or the full replacement of one (PUT). Colours may be given by hex, by a
 * name the colour dictionary knows, or both; validation errors name the field.
 */
public record ProductRequest(
        String sku,
        String name,
        String brand,
        String gender,
        String masterCategory,
        String subCategory,
        String articleType,
        BigDecimal price,
        String currency,
        List<String> sizes,
        String imageUrl,
        List<String> seasons,
        List<String> usages,
        Integer year,
        String availability,
        ColourInput primaryColor,
        List<ColourInput> secondaryColors,
        ColourInput shade) {

    /** A colour by {@code name}, {@code hex} or both. */
    public record ColourInput(String name, String hex) {
    }

    RawProduct toRaw() {
        return new RawProduct(0, sku, name, brand, gender, masterCategory, subCategory, articleType,
                price == null ? null : price.toPlainString(), currency, sizes, imageUrl, seasons, usages,
                year == null ? null : year.toString(), availability,
                primaryColor == null ? null : new RawColour(primaryColor.name(), primaryColor.hex()),
                secondaryColors == null ? List.of()
                        : secondaryColors.stream().map(c -> c == null ? new RawColour(null, null)
                                : new RawColour(c.name(), c.hex())).toList(),
                shade == null ? null : shade.name(), shade == null ? null : shade.hex());
    }
}
