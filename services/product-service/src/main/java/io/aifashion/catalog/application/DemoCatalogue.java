package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.Availability;
import io.aifashion.catalog.domain.CategoryPath;
import io.aifashion.catalog.domain.Gender;
import io.aifashion.catalog.domain.Money;
import io.aifashion.catalog.domain.ProductColour;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.Shade;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;
import io.aifashion.color.space.Srgb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A generated, realistic catalogue so that a fresh system is useful at once: products across
 * genders and the categories of a fashion retailer, colours spread over the whole sRGB gamut (plus
 * the neutrals that dominate real assortments), EUR prices per
 * category, sizes, seasons and usage — and about 5 % foundation shades from ten brands, covering
 * the Monk Skin Tone scale from tone 1 to 10 in warm, neutral and cool undertones.
 *
 * <p>Deterministic: the same size and seed give the same catalogue (SKUs {@code DEMO-0000001} …,
 * shades {@code DEMO-F-00001} …), so regenerating is idempotent.
 */
public final class DemoCatalogue {

    public static final String SKU_PREFIX = "DEMO-";

    private record Article(String master, String sub, String type, String noun, int minPrice, int maxPrice,
                           String sizes, List<Gender> genders, List<String> styles) {
    }

    private static final List<Gender> ADULTS = List.of(Gender.MEN, Gender.WOMEN);
    private static final List<Gender> ALL = List.of(Gender.MEN, Gender.WOMEN, Gender.BOYS, Gender.GIRLS,
            Gender.UNISEX);
    private static final List<Gender> WOMEN = List.of(Gender.WOMEN);
    private static final List<Gender> FEMALE = List.of(Gender.WOMEN, Gender.GIRLS);
    private static final List<Gender> UNISEX = List.of(Gender.UNISEX, Gender.MEN, Gender.WOMEN);

    private static final List<Article> ARTICLES = List.of(
            new Article("Apparel", "Topwear", "Tshirts", "T-shirt", 9, 39, "letters", ALL,
                    List.of("Crew Neck", "Printed", "Slim Fit", "Striped", "Polo", "Oversized")),
            new Article("Apparel", "Topwear", "Shirts", "Shirt", 19, 89, "letters", List.of(Gender.MEN, Gender.WOMEN, Gender.BOYS),
                    List.of("Oxford", "Linen", "Checked", "Slim Fit", "Casual", "Formal")),
            new Article("Apparel", "Topwear", "Tops", "Top", 12, 49, "letters", FEMALE,
                    List.of("Wrap", "Peplum", "Ribbed", "Sleeveless", "Ruffled")),
            new Article("Apparel", "Topwear", "Sweaters", "Sweater", 29, 129, "letters", ALL,
                    List.of("Cable Knit", "Merino", "Cashmere Blend", "V-Neck", "Turtleneck")),
            new Article("Apparel", "Topwear", "Jackets", "Jacket", 49, 249, "letters", ALL,
                    List.of("Bomber", "Denim", "Quilted", "Rain", "Tailored", "Biker")),
            new Article("Apparel", "Topwear", "Kurtas", "Kurta", 19, 89, "letters", ADULTS,
                    List.of("Embroidered", "Cotton", "Straight", "A-Line")),
            new Article("Apparel", "Bottomwear", "Jeans", "Jeans", 29, 129, "waist", List.of(Gender.MEN, Gender.WOMEN, Gender.BOYS, Gender.GIRLS),
                    List.of("Skinny", "Straight", "Relaxed", "Bootcut", "Tapered")),
            new Article("Apparel", "Bottomwear", "Trousers", "Trousers", 29, 119, "waist", ADULTS,
                    List.of("Chino", "Pleated", "Wide Leg", "Cargo", "Tailored")),
            new Article("Apparel", "Bottomwear", "Skirts", "Skirt", 19, 89, "letters", FEMALE,
                    List.of("Pleated", "Midi", "Mini", "A-Line", "Wrap")),
            new Article("Apparel", "Bottomwear", "Shorts", "Shorts", 14, 59, "letters", ALL,
                    List.of("Chino", "Running", "Denim", "Bermuda")),
            new Article("Apparel", "Dress", "Dresses", "Dress", 29, 199, "letters", FEMALE,
                    List.of("Maxi", "Shift", "Slip", "Shirt", "Wrap", "Party")),
            new Article("Footwear", "Shoes", "Casual Shoes", "Sneakers", 39, 149, "shoes", ALL,
                    List.of("Low-Top", "Canvas", "Leather", "Slip-On")),
            new Article("Footwear", "Shoes", "Sports Shoes", "Running Shoes", 49, 179, "shoes", ALL,
                    List.of("Trail", "Road", "Training", "Cushioned")),
            new Article("Footwear", "Shoes", "Formal Shoes", "Shoes", 59, 229, "shoes", ADULTS,
                    List.of("Oxford", "Derby", "Loafer", "Brogue")),
            new Article("Footwear", "Shoes", "Heels", "Heels", 39, 189, "shoes", WOMEN,
                    List.of("Block", "Stiletto", "Kitten", "Platform")),
            new Article("Footwear", "Shoes", "Flats", "Flats", 29, 99, "shoes", FEMALE,
                    List.of("Ballet", "Pointed", "Espadrille")),
            new Article("Footwear", "Sandal", "Sandals", "Sandals", 19, 99, "shoes", ALL,
                    List.of("Strappy", "Sport", "Slide", "Gladiator")),
            new Article("Footwear", "Flip Flops", "Flip Flops", "Flip Flops", 7, 29, "shoes", ALL,
                    List.of("Rubber", "Printed", "Comfort")),
            new Article("Accessories", "Bags", "Handbags", "Handbag", 39, 299, "one", WOMEN,
                    List.of("Tote", "Shoulder", "Crossbody", "Bucket", "Satchel")),
            new Article("Accessories", "Bags", "Backpacks", "Backpack", 29, 149, "one", UNISEX,
                    List.of("Laptop", "Rolltop", "Daypack", "Canvas")),
            new Article("Accessories", "Watches", "Watches", "Watch", 49, 399, "one", UNISEX,
                    List.of("Analogue", "Chronograph", "Minimal", "Sports")),
            new Article("Accessories", "Belts", "Belts", "Belt", 14, 79, "belt", ADULTS,
                    List.of("Leather", "Braided", "Reversible")),
            new Article("Accessories", "Scarves", "Scarves", "Scarf", 12, 89, "one", UNISEX,
                    List.of("Wool", "Silk", "Printed", "Chunky Knit")),
            new Article("Accessories", "Headwear", "Caps", "Cap", 9, 39, "one", ALL,
                    List.of("Baseball", "Bucket", "Beanie")),
            new Article("Accessories", "Jewellery", "Earrings", "Earrings", 9, 129, "one", FEMALE,
                    List.of("Hoop", "Stud", "Drop")),
            new Article("Accessories", "Eyewear", "Sunglasses", "Sunglasses", 19, 199, "one", UNISEX,
                    List.of("Aviator", "Round", "Cat-Eye", "Wayfarer")),
            new Article("Personal Care", "Lips", "Lipstick", "Lipstick", 8, 39, "one", WOMEN,
                    List.of("Matte", "Satin", "Cream", "Sheer")),
            new Article("Personal Care", "Nails", "Nail Polish", "Nail Polish", 5, 19, "one", WOMEN,
                    List.of("Gel", "Glossy", "Quick-Dry")));

    private static final List<String> BRANDS = List.of("Northwind", "Lumen & Co", "Fjordline", "Atelier Nove",
            "Urban Fable", "Kestrel", "Maison Verre", "Saltmarsh", "Cobalt Lane", "Tidewater", "Oak & Ivy",
            "Meridian", "Hollow Pine", "Sable Studio", "Everlane Park", "Riva", "Juniper Row", "Orla",
            "Brightwork", "Calder", "Wildtext", "Sora", "Linden", "Poppy Field");
    private static final List<String> SEASONS = List.of("Spring", "Summer", "Fall", "Winter");
    private static final List<String> USAGES = List.of("Casual", "Casual", "Casual", "Casual", "Formal", "Sports",
            "Ethnic", "Party", "Smart Casual", "Travel");
    private static final List<String> LETTER_SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");

    private static final List<String> SHADE_BRANDS = List.of("Lumière Skin", "Tonal", "Dermatique", "Velvet Atlas",
            "True Match Lab", "Nuance", "Melanin Edit", "Fond Studio", "Bare Theory", "Glowform");
    private static final List<String> SHADE_WORDS = List.of("Porcelain", "Ivory", "Alabaster", "Sand", "Beige",
            "Honey", "Golden", "Caramel", "Amber", "Chestnut", "Mocha", "Espresso", "Ebony");
    private static final String[] UNDERTONES = {"Cool", "Neutral", "Warm"};

    private final ColorNameDictionary names;
    private final List<Lab> monk;
    /** Colour names for quantised CIELAB cells; naming every colour exactly would cost a dictionary scan each. */
    private final Map<Long, String> nameCache = new ConcurrentHashMap<>();

    public DemoCatalogue(ColorNameDictionary names) {
        this.names = names;
        this.monk = MonkScale.standard().tones().stream().map(t -> t.lab()).toList();
    }

    /** How many of {@code products} are foundation shades: 5 %, at least 10, at most 400. */
    public static int shadeCount(int products) {
        return Math.max(Math.min(10, products), Math.min(400, Math.round(products * 0.05f)));
    }

    /** The catalogue of {@code products} products (shades included), lazily. */
    public Iterator<ProductContent> generate(int products, long seed) {
        if (products < 1) {
            throw new IllegalArgumentException("products must be at least 1: " + products);
        }
        int shades = shadeCount(products);
        int fashion = products - shades;
        return new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private int i;

            @Override
            public boolean hasNext() {
                return i < products;
            }

            @Override
            public ProductContent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int n = i++;
                return n < fashion ? fashionProduct(n + 1, random) : shade(n - fashion, shades, random);
            }
        };
    }

    private static String fashionSku(int n) {
        return String.format("%s%07d", SKU_PREFIX, n);
    }

    private static String shadeSku(int k) {
        return String.format("%sF-%05d", SKU_PREFIX, k + 1);
    }

    private ProductContent fashionProduct(int n, SplittableRandom r) {
        Article article = ARTICLES.get(r.nextInt(ARTICLES.size()));
        Gender gender = article.genders().get(r.nextInt(article.genders().size()));
        String brand = BRANDS.get(r.nextInt(BRANDS.size()));
        ProductColour primary = colour(r);
        List<ProductColour> secondary = new ArrayList<>();
        if (article.master().equals("Apparel") && r.nextDouble() < 0.3) {
            int k = 1 + r.nextInt(2);
            for (int j = 0; j < k; j++) {
                secondary.add(colour(r));
            }
        }
        String style = article.styles().get(r.nextInt(article.styles().size()));
        String name = brand + " " + gender.label() + " " + style + " " + primary.name() + " " + article.noun();
        int cents = article.minPrice() * 100 + r.nextInt((article.maxPrice() - article.minPrice()) * 100 + 1);
        // Retail price points: x.99 or x.49.
        int euros = cents / 100;
        BigDecimal price = new BigDecimal(euros + (r.nextBoolean() ? ".99" : ".49"));
        List<String> seasons = new ArrayList<>();
        seasons.add(SEASONS.get(r.nextInt(SEASONS.size())));
        if (r.nextDouble() < 0.3) {
            String second = SEASONS.get(r.nextInt(SEASONS.size()));
            if (!seasons.contains(second)) {
                seasons.add(second);
            }
        }
        double a = r.nextDouble();
        Availability availability = a < 0.85 ? Availability.IN_STOCK : a < 0.95 ? Availability.OUT_OF_STOCK
                : Availability.PREORDER;
        return new ProductContent(fashionSku(n), name, brand, gender,
                new CategoryPath(article.master(), article.sub(), article.type()), new Money(price, "EUR"),
                sizes(article.sizes(), gender), null, seasons, List.of(USAGES.get(r.nextInt(USAGES.size()))),
                2019 + r.nextInt(7), availability, primary, secondary, null);
    }

    /**
     * A colour from the whole gamut: a fifth are the near-neutrals real assortments are full of
     * (blacks, whites, greys, off-whites), the rest are uniform over the sRGB cube, so every hue,
     * lightness and chroma a shopper can ask for has products near it.
     */
    private ProductColour colour(SplittableRandom r) {
        Lab lab;
        if (r.nextDouble() < 0.2) {
            double l = 5 + r.nextDouble() * 92;
            double c = r.nextDouble() * 8;
            double h = r.nextDouble() * 360;
            lab = new Lch(l, c, h).toLab();
        } else {
            lab = Srgb.fromPacked(r.nextInt(1 << 24)).toLab();
        }
        String hex = lab.toHex();
        return ProductColour.of(nameOf(lab), hex);
    }

    private String nameOf(Lab lab) {
        long key = (Math.round(lab.l() / 4) << 32) ^ (Math.round(lab.a() / 4 + 64) << 16) ^ Math.round(lab.b() / 4 + 64);
        return nameCache.computeIfAbsent(key, k -> names.nearest(lab).name());
    }

    private static List<String> sizes(String kind, Gender gender) {
        boolean child = gender == Gender.BOYS || gender == Gender.GIRLS;
        return switch (kind) {
            case "letters" -> child ? List.of("4Y", "6Y", "8Y", "10Y", "12Y", "14Y") : LETTER_SIZES;
            case "waist" -> child ? List.of("4Y", "6Y", "8Y", "10Y", "12Y", "14Y")
                    : List.of("28", "30", "32", "34", "36", "38", "40");
            case "shoes" -> child ? List.of("28", "29", "30", "31", "32", "33", "34", "35")
                    : gender == Gender.WOMEN ? List.of("36", "37", "38", "39", "40", "41")
                    : List.of("39", "40", "41", "42", "43", "44", "45", "46");
            case "belt" -> List.of("85", "90", "95", "100", "105");
            default -> List.of();
        };
    }

    /**
     * Shade {@code k} of {@code count}: brands take turns; within a brand, depth runs from Monk
     * tone 1 to tone 10 along the scale's reference colours (linear in CIELAB between neighbours),
     * and undertone cycles cool / neutral / warm by shifting a* and b*.
     */
    private ProductContent shade(int k, int count, SplittableRandom r) {
        int brandIndex = k % SHADE_BRANDS.size();
        String brand = SHADE_BRANDS.get(brandIndex);
        int perBrand = (count + SHADE_BRANDS.size() - 1) / SHADE_BRANDS.size();
        int position = k / SHADE_BRANDS.size();
        double depth = perBrand <= 1 ? 0.5 : (double) position / (perBrand - 1);
        double scaled = depth * (monk.size() - 1);
        int lower = Math.min((int) Math.floor(scaled), monk.size() - 2);
        double t = scaled - lower;
        Lab a = monk.get(lower);
        Lab b = monk.get(lower + 1);
        int undertone = position % 3;
        double da = (undertone == 0 ? 1.5 : undertone == 1 ? 0.0 : 0.5) + (brandIndex % 3 - 1) * 0.4;
        double db = (undertone == 0 ? -3.0 : undertone == 1 ? 0.0 : 3.5) + r.nextDouble() - 0.5;
        Lab lab = new Lab(a.l() + t * (b.l() - a.l()),
                a.a() + t * (b.a() - a.a()) + da,
                Math.max(0.0, a.b() + t * (b.b() - a.b()) + db));
        String hex = lab.toHex();
        int number = 100 + (int) Math.round(depth * 490);
        String word = SHADE_WORDS.get((int) Math.round(depth * (SHADE_WORDS.size() - 1)));
        String shadeName = number + " " + UNDERTONES[undertone] + " " + word;
        String line = brandIndex % 2 == 0 ? "Skin Tint Foundation" : "Longwear Foundation";
        int cents = 1800 + r.nextInt(2700);
        return new ProductContent(shadeSku(k), brand + " " + line + " " + shadeName, brand,
                brandIndex % 4 == 0 ? Gender.UNISEX : Gender.WOMEN,
                new CategoryPath("Personal Care", "Makeup", "Foundation and Primer"),
                new Money(new BigDecimal(cents / 100 + ".00"), "EUR"), List.of("30 ml"), null, List.of(),
                List.of("Casual"), 2024, Availability.IN_STOCK, ProductColour.of(nameOf(lab), hex), List.of(),
                Shade.of(shadeName, hex));
    }
}
