package io.aifashion.recommendation;

import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.season.Season;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import io.aifashion.events.payload.LabColor;
import io.aifashion.events.payload.NamedColor;
import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.ProductColor;
import io.aifashion.events.payload.ProductUpserted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated catalogue as the product service would announce it: products spread over the sRGB cube
 * (so every palette has near and far products), several categories, three audiences and a range of
 * prices; plus six pale, icy "cluster" tees far from any autumn palette, which the tests' shoppers
 * like together to plant a co-occurrence pattern.
 */
final class TestCatalogue {

    static final int GENERATED = 300;
    static final List<String> CLUSTER = List.of("cluster-1", "cluster-2", "cluster-3", "cluster-4", "cluster-5",
            "cluster-6");
    static final List<String> CLUSTER_NAMES = List.of("Ice Pink Tee", "Ice Blue Tee", "Ice Lilac Tee",
            "Ice Mint Tee", "Ice Peach Tee", "Ice Grey Tee");
    static final List<String> CLUSTER_HEX = List.of("#f6cfe0", "#cfe3f6", "#e3d6f6", "#d3f3e6", "#f8ddd0", "#e6ebf0");

    private static final String[][] TYPES = {
        {"Apparel", "Topwear", "Tshirts"}, {"Apparel", "Topwear", "Shirts"}, {"Apparel", "Dress", "Dresses"},
        {"Apparel", "Bottomwear", "Jeans"}, {"Apparel", "Topwear", "Sweaters"}, {"Footwear", "Shoes", "Casual Shoes"},
        {"Accessories", "Bags", "Handbags"}};
    private static final String[] GENDERS = {"women", "men", "unisex"};

    private TestCatalogue() {
    }

    static List<ProductUpserted> products() {
        List<ProductUpserted> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(2026);
        for (int i = 0; i < GENERATED; i++) {
            Srgb srgb = new Srgb(r.nextInt(256), r.nextInt(256), r.nextInt(256));
            String[] type = TYPES[i % TYPES.length];
            out.add(product(String.format("prod-%03d", i), type[2] + " " + i, srgb.toHex(), GENDERS[i % 3], type,
                    10 + (i * 37) % 190, true));
        }
        for (int k = 0; k < CLUSTER.size(); k++) {
            out.add(product(CLUSTER.get(k), CLUSTER_NAMES.get(k), CLUSTER_HEX.get(k), "unisex", TYPES[0], 19, true));
        }
        return out;
    }

    static ProductUpserted product(String id, String name, String hex, String gender, String[] type, int price,
                                   boolean inStock) {
        Lab lab = Srgb.parseHex(hex).toLab();
        return new ProductUpserted(id, "SKU-" + id, name, "Testbrand", gender, type[0], type[1], type[2],
                BigDecimal.valueOf(price), "EUR", inStock,
                new ProductColor(hex, new LabColor(lab.l(), lab.a(), lab.b()), "family"), List.of(), List.of("autumn"),
                "Casual", "https://img.example/" + id + ".jpg", null);
    }

    static ProductUpserted outOfStock(ProductUpserted p) {
        return new ProductUpserted(p.productId(), p.sku(), p.name(), p.brand(), p.gender(), p.masterCategory(),
                p.subCategory(), p.articleType(), p.price(), p.currency(), false, p.primaryColor(), p.secondaryColors(),
                p.seasonTags(), p.usage(), p.imageUrl(), p.shadeName());
    }

    /** What the colour-matching service announces for a Deep Autumn user (the colour library's palette). */
    static PaletteGenerated deepAutumn(String userId) {
        Palette p = PaletteGenerator.standard().forSeason(Season.DEEP_AUTUMN);
        return new PaletteGenerated(userId, "analysis-" + userId, Season.DEEP_AUTUMN.displayName(), 0.82,
                named(p.wearable()), named(p.neutrals()), named(p.accents()), named(p.metals()), named(p.avoid()));
    }

    private static List<NamedColor> named(List<PaletteColor> colours) {
        return colours.stream().map(c -> new NamedColor(c.hex(), c.name())).toList();
    }
}
