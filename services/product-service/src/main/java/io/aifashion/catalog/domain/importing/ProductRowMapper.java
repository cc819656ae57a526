package io.aifashion.catalog.domain.importing;

import io.aifashion.catalog.domain.Availability;
import io.aifashion.catalog.domain.CategoryPath;
import io.aifashion.catalog.domain.Gender;
import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.Money;
import io.aifashion.catalog.domain.ProductColour;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.Shade;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.naming.NamedColor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a feed row into a product, or says why it cannot. A colour given only by name is looked up
 * in the colour library's named-colour dictionary; a name it does not know ("NA", "Multi") keeps
 * the product but marks that colour unknown.
 */
public final class ProductRowMapper {

    private final ColorNameDictionary dictionary;

    public ProductRowMapper(ColorNameDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The mapped row, or an {@link InvalidProductException} naming the field and what is wrong. */
    public MappedRow map(RawProduct raw) {
        boolean[] unknown = new boolean[1];
        ProductColour primary = colour(raw.primaryColour(), unknown, "primaryColor");
        List<ProductColour> secondary = new ArrayList<>();
        for (int i = 0; i < raw.secondaryColours().size(); i++) {
            RawColour c = raw.secondaryColours().get(i);
            if (c != null && !c.isEmpty()) {
                secondary.add(colour(c, unknown, "secondaryColors[" + i + "]"));
            }
        }
        Shade shade = null;
        if (present(raw.shadeName()) || present(raw.shadeHex())) {
            if (!present(raw.shadeHex())) {
                throw new InvalidProductException("shadeHex", "shadeHex is required with shadeName");
            }
            shade = Shade.of(raw.shadeName(), raw.shadeHex());
        }
        Money price = null;
        if (present(raw.price())) {
            price = Money.parse(raw.price(), raw.currency());
        }
        ProductContent content = new ProductContent(
                raw.sku(),
                raw.name(),
                raw.brand(),
                Gender.parse(raw.gender(), "gender"),
                new CategoryPath(raw.masterCategory(), raw.subCategory(), raw.articleType()),
                price,
                raw.sizes(),
                raw.imageUrl(),
                raw.seasons(),
                raw.usages(),
                year(raw.year()),
                Availability.parse(raw.availability(), "availability"),
                primary,
                secondary,
                shade);
        return new MappedRow(raw.line(), content, unknown[0]);
    }

    private ProductColour colour(RawColour raw, boolean[] unknown, String field) {
        if (raw == null || raw.isEmpty()) {
            unknown[0] = true;
            return ProductColour.unknown(null);
        }
        if (present(raw.hex())) {
            try {
                return ProductColour.of(raw.name(), raw.hex());
            } catch (InvalidProductException e) {
                String part = e.field().equals("colour.name") ? ".name" : ".hex";
                throw new InvalidProductException(field + part, field + part + ": " + e.getMessage());
            }
        }
        if (raw.name().strip().length() > 60) {
            throw new InvalidProductException(field + ".name", field + ".name is longer than 60 characters");
        }
        Optional<NamedColor> named = dictionary.lookup(raw.name());
        if (named.isPresent()) {
            return ProductColour.of(raw.name(), named.get().hex());
        }
        unknown[0] = true;
        return ProductColour.unknown(raw.name());
    }

    private static Integer year(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidProductException("year", "year '" + value + "' is not a whole number");
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
