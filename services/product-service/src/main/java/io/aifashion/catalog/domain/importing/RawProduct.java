package io.aifashion.catalog.domain.importing;

import java.util.List;

/**
 * One product row as read from a feed, before validation: every value still as text (or a list
 * of texts), so that the mapper can report exactly which value of which line is wrong.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 */
public record RawProduct(
        long line,
        String sku,
        String name,
        String brand,
        String gender,
        String masterCategory,
        String subCategory,
        String articleType,
        String price,
        String currency,
        List<String> sizes,
        String imageUrl,
        List<String> seasons,
        List<String> usages,
        String year,
        String availability,
        RawColour primaryColour,
        List<RawColour> secondaryColours,
        String shadeName,
        String shadeHex) {

    public RawProduct {
        sizes = sizes == null ? List.of() : sizes;
        seasons = seasons == null ? List.of() : seasons;
        usages = usages == null ? List.of() : usages;
        secondaryColours = secondaryColours == null ? List.of() : secondaryColours;
    }
}
