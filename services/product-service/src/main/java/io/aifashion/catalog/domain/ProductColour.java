package io.aifashion.catalog.domain;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;

/**
 * One colour of a product: the name the feed gave it, and — when the colour is known — its sRGB
 * hex, CIELAB (D65) and colour family. An unknown colour ("NA", "Multi", a name no dictionary
 * knows) keeps its name but has no hex or Lab and the family {@link ColourFamily#UNKNOWN}, so the
 * product is still listed but never matched by colour.
 *
 * @param name   the feed's colour name, may be null
 * @param hex    lower-case {@code #rrggbb}, null when unknown
 * @param lab    CIELAB of {@code hex}, null when unknown
 * @param family the coarse colour family
 */
public record ProductColour(String name, String hex, Lab lab, ColourFamily family) {

    static final int MAX_NAME = 60;

    public ProductColour {
        name = Text.optional(name, "colour.name", MAX_NAME);
        if (hex == null) {
            lab = null;
            family = ColourFamily.UNKNOWN;
        } else {
            // Lab and family are always derived from the hex, so that colour search, listing
            // filters and events agree exactly whatever a caller passed.
            Srgb srgb = parse(hex, "colour.hex");
            hex = srgb.toHex();
            lab = srgb.toLab();
            family = ColourFamily.of(srgb, lab);
        }
    }

    /** A known colour from {@code #rrggbb}; the Lab value and family are derived from it. */
    public static ProductColour of(String name, String hex) {
        if (hex == null) {
            throw new InvalidProductException("colour.hex", "colour.hex is required");
        }
        return new ProductColour(name, hex, null, null);
    }

    /** A colour the catalogue cannot place. */
    public static ProductColour unknown(String name) {
        return new ProductColour(name, null, null, ColourFamily.UNKNOWN);
    }

    public boolean known() {
        return hex != null;
    }

    static Srgb parse(String hex, String field) {
        try {
            return Srgb.parseHex(hex);
        } catch (InvalidColorException e) {
            throw new InvalidProductException(field, e.getMessage());
        }
    }
}
