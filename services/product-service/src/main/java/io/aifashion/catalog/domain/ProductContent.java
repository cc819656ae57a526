package io.aifashion.catalog.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything that describes a product, apart from its id and timestamps: what an admin creates or
 * replaces and what one import row carries. Validates itself; an invalid value raises
 * {@link InvalidProductException} naming the field.
 *
 * @param sku              the retailer's stock-keeping unit, unique in the catalogue
 * @param name             display name
 * @param brand            brand, may be null
 * @param gender           who it is for
 * @param category         master category → sub-category → article type
 * @param price            price, null when the feed has none
 * @param sizes            sizes offered, in the retailer's order
 * @param imageUrl         absolute http(s) URL of the main image, may be null
 * @param seasons          season tags (Summer, Fall, ...)
 * @param usages           usage tags (Casual, Formal, Sports, ...)
 * @param year             the collection year, may be null
 * @param availability     whether it can be bought now
 * @param primaryColour    the main colour (possibly unknown)
 * @param secondaryColours further colours, each known or unknown
 * @param shade            the shade of a complexion product, null for everything else
 */
public record ProductContent(
        String sku,
        String name,
        String brand,
        Gender gender,
        CategoryPath category,
        Money price,
        List<String> sizes,
        String imageUrl,
        List<String> seasons,
        List<String> usages,
        Integer year,
        Availability availability,
        ProductColour primaryColour,
        List<ProductColour> secondaryColours,
        Shade shade) {

    public static final int MAX_SKU = 64;
    public static final int MAX_NAME = 300;
    public static final int MAX_BRAND = 120;
    public static final int MAX_SECONDARY_COLOURS = 8;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    public ProductContent {
        sku = Text.required(sku, "sku", MAX_SKU);
        if (!SKU.matcher(sku).matches()) {
            throw new InvalidProductException("sku", "sku '" + sku + "' may contain only letters, digits and . _ / -"
                    + " and must start with a letter or digit");
        }
        name = Text.required(name, "name", MAX_NAME);
        brand = Text.optional(brand, "brand", MAX_BRAND);
        if (gender == null) {
            throw new InvalidProductException("gender", "gender is required");
        }
        if (category == null) {
            throw new InvalidProductException("category", "category is required");
        }
        sizes = Text.list(sizes, "sizes", 20, 40);
        imageUrl = imageUrl(imageUrl);
        seasons = Text.list(seasons, "seasons", 30, 8);
        usages = Text.list(usages, "usages", 30, 8);
        if (year != null && (year < 1900 || year > 2100)) {
            throw new InvalidProductException("year", "year " + year + " is outside 1900..2100");
        }
        availability = availability == null ? Availability.IN_STOCK : availability;
        primaryColour = primaryColour == null ? ProductColour.unknown(null) : primaryColour;
        secondaryColours = secondaryColours == null ? List.of() : List.copyOf(secondaryColours);
        if (secondaryColours.size() > MAX_SECONDARY_COLOURS) {
            throw new InvalidProductException("secondaryColours", "at most " + MAX_SECONDARY_COLOURS
                    + " secondary colours are allowed; got " + secondaryColours.size());
        }
        secondaryColours.forEach(c -> Objects.requireNonNull(c, "secondary colour"));
    }

    public boolean inStock() {
        return availability.inStock();
    }

    /** The primary colour followed by the secondary ones. */
    public List<ProductColour> colours() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(primaryColour), secondaryColours.stream())
                .toList();
    }

    /**
     * A 64-bit digest (the first eight bytes of SHA-256) of every field. Two contents with the same
     * digest are treated as equal by imports, which is what makes a re-import change nothing; a
     * chance collision among 2^64 values is not a practical concern at catalogue sizes.
     */
    public long contentHash() {
        StringBuilder sb = new StringBuilder(256);
        field(sb, sku);
        field(sb, name);
        field(sb, brand);
        field(sb, gender.code());
        field(sb, category.masterCategory());
        field(sb, category.subCategory());
        field(sb, category.articleType());
        field(sb, price == null ? null : price.amount().toPlainString());
        field(sb, price == null ? null : price.currency());
        field(sb, String.join("|", sizes));
        field(sb, imageUrl);
        field(sb, String.join("|", seasons));
        field(sb, String.join("|", usages));
        field(sb, year == null ? null : year.toString());
        field(sb, availability.code());
        for (ProductColour c : colours()) {
            field(sb, c.name());
            field(sb, c.hex());
        }
        sb.append('#');
        if (shade != null) {
            field(sb, shade.name());
            field(sb, shade.hex());
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static void field(StringBuilder sb, String value) {
        // Length-prefixed so that no two different field lists produce the same text.
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
    }

    private static String imageUrl(String value) {
        String url = Text.optional(value, "imageUrl", 1000);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidProductException("imageUrl", "imageUrl must be an absolute http(s) URL; got " + url);
            }
        } catch (URISyntaxException e) {
            throw new InvalidProductException("imageUrl", "imageUrl is not a valid URL: " + e.getMessage());
        }
        return url;
    }
}
