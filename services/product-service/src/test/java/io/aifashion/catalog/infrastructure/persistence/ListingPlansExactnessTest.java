package io.aifashion.catalog.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.catalog.CatalogueTestBase;
import io.aifashion.catalog.domain.ColourFamily;
import io.aifashion.catalog.domain.Gender;
import io.aifashion.catalog.domain.listing.Keyset;
import io.aifashion.catalog.domain.listing.ListedProduct;
import io.aifashion.catalog.domain.listing.ProductPage;
import io.aifashion.catalog.domain.listing.ProductQuery;
import io.aifashion.catalog.domain.listing.ProductSort;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listing's plans (the walk down the order within a window, the filters first) answer every
 * page exactly as a sort of every match does, whichever of them answers — on the demo catalogue,
 * with windows from a few rows (the walk rarely fills a page) to hundreds (it mostly does), first
 * pages and pages after a cursor alike, with and without a word.
 */
class ListingPlansExactnessTest extends CatalogueTestBase {

    @Autowired
    JdbcClient sql;

    @Autowired
    ProductRows rows;

    @Autowired
    PlatformTransactionManager transactions;

    /** A filter combination: the listing's query parts and the same filter as SQL over product. */
    private record Filter(String name, String text, Set<Gender> genders, Set<String> categories, BigDecimal min,
                          BigDecimal max, Set<ColourFamily> families, boolean inStock, String where) {
    }

    private static final List<Filter> FILTERS = List.of(
            new Filter("everything", null, Set.of(), Set.of(), null, null, Set.of(), false, "true"),
            new Filter("in stock", null, Set.of(), Set.of(), null, null, Set.of(), true,
                    "availability = 'in_stock'"),
            new Filter("women's and girls' apparel", null, Set.of(Gender.WOMEN, Gender.GIRLS), Set.of("apparel"),
                    null, null, Set.of(), false, "gender in ('women', 'girls') and 'apparel' = any(category_keys)"),
            new Filter("shirts 20-80", null, Set.of(), Set.of("shirts"), new BigDecimal("20"), new BigDecimal("80"),
                    Set.of(), false, "'shirts' = any(category_keys) and price between 20 and 80"),
            new Filter("boys' accessories in stock", null, Set.of(Gender.BOYS), Set.of("accessories"), null, null,
                    Set.of(), true, "gender = 'boys' and 'accessories' = any(category_keys) and availability = 'in_stock'"),
            new Filter("girls' bottomwear in stock", null, Set.of(Gender.GIRLS), Set.of("bottomwear"), null, null,
                    Set.of(), true, "gender = 'girls' and 'bottomwear' = any(category_keys) and availability = 'in_stock'"),
            new Filter("skirts or shorts, blue", null, Set.of(), Set.of("skirts", "shorts"), null, null,
                    EnumSet.of(ColourFamily.BLUE), false,
                    "('skirts' = any(category_keys) or 'shorts' = any(category_keys)) and colour_family = 'blue'"),
            new Filter("blue or green, 60-90, in stock", null, Set.of(), Set.of(), new BigDecimal("60"),
                    new BigDecimal("90"), EnumSet.of(ColourFamily.BLUE, ColourFamily.GREEN), true,
                    "colour_family in ('blue', 'green') and price between 60 and 90 and availability = 'in_stock'"),
            new Filter("shirt", "shirt", Set.of(), Set.of(), null, null, Set.of(), false,
                    "search @@ websearch_to_tsquery('english', 'shirt')"),
            new Filter("shirt, women's, in stock", "shirt", Set.of(Gender.WOMEN), Set.of(), null, null, Set.of(), true,
                    "search @@ websearch_to_tsquery('english', 'shirt') and gender = 'women' and availability = 'in_stock'"),
            new Filter("sneakers under 50", "sneakers", Set.of(), Set.of(), null, new BigDecimal("50"), Set.of(), false,
                    "search @@ websearch_to_tsquery('english', 'sneakers') and price <= 50"));

    private static final String[][] ORDERS = {{"newest", "created_at desc, id desc"},
            {"price", "price nulls last, id"}, {"-price", "price desc nulls last, id desc"}};

    private static final int PAGE = 6;
    private static final int PAGES = 4;

    @Test
    void everyPageEqualsASortOfEveryMatchWhateverTheWindow() {
        for (int window : new int[] {4, 40, 400}) {
            PgProductListing listing = new PgProductListing(sql, rows, window);
            for (Filter f : FILTERS) {
                for (String[] order : ORDERS) {
                    List<String> expected = sql.sql("select id::text from product where " + f.where()
                            + " order by " + order[1] + " limit " + PAGE * PAGES).query(String.class).list();
                    List<String> paged = new ArrayList<>();
                    Keyset after = null;
                    do {
                        ProductQuery q = new ProductQuery(f.text(), f.genders(), f.categories(), f.min(), f.max(),
                                null, f.families(), f.inStock(), ProductSort.parse(order[0]), null, PAGE, after);
                        // in a transaction, as in the service: the filters-first plan sets planner options locally
                        ProductPage page = new TransactionTemplate(transactions).execute(status -> listing.list(q));
                        page.items().stream().map(ListedProduct::product).forEach(p -> paged.add(p.id().toString()));
                        after = page.next();
                    } while (after != null && paged.size() < PAGE * PAGES);
                    assertThat(paged.subList(0, Math.min(paged.size(), PAGE * PAGES)))
                            .as("%s, sort=%s, window %d", f.name(), order[0], window).isEqualTo(expected);
                }
            }
        }
    }

    /**
     * The colour order with a category filter reads its window from the nearest colours of those
     * categories (colour_category), merged and de-duplicated across categories: whatever the
     * window, its pages equal a sort of every match by distance.
     */
    @Test
    void colourPagesWithCategoriesEqualASortOfEveryMatchWhateverTheWindow() {
        record Case(String hex, Set<Gender> genders, Set<String> categories, boolean inStock, String where) {
        }
        List<Case> cases = List.of(
                new Case("#fb9ca4", Set.of(Gender.UNISEX), Set.of("tshirts"), true,
                        "gender = 'unisex' and 'tshirts' = any(category_keys) and availability = 'in_stock'"),
                new Case("#2050c0", Set.of(), Set.of("skirts", "shorts", "bottomwear"), false,
                        "category_keys && array['skirts', 'shorts', 'bottomwear']"),
                new Case("#f0f0f0", Set.of(Gender.WOMEN), Set.of("apparel"), false,
                        "gender = 'women' and 'apparel' = any(category_keys)"));
        for (int window : new int[] {4, 40, 400}) {
            PgProductListing listing = new PgProductListing(sql, rows, window);
            for (Case c : cases) {
                Lab colour = Srgb.parseHex(c.hex()).toLab();
                List<String> expected = sql.sql("select id::text from product where colour_l is not null and " + c.where()
                                + " order by cube(array[colour_l, colour_a, colour_b])"
                                + " <-> cube(array[:l, :a, :b]::float8[]), id limit " + PAGE * PAGES)
                        .param("l", colour.l()).param("a", colour.a()).param("b", colour.b())
                        .query(String.class).list();
                List<String> paged = new ArrayList<>();
                Keyset after = null;
                do {
                    ProductQuery q = new ProductQuery(null, c.genders(), c.categories(), null, null, null, Set.of(),
                            c.inStock(), ProductSort.COLOUR, colour, PAGE, after);
                    ProductPage page = new TransactionTemplate(transactions).execute(status -> listing.list(q));
                    page.items().stream().map(ListedProduct::product).forEach(p -> paged.add(p.id().toString()));
                    after = page.next();
                } while (after != null && paged.size() < PAGE * PAGES);
                assertThat(paged.subList(0, Math.min(paged.size(), PAGE * PAGES)))
                        .as("%s near %s, window %d", c.categories(), c.hex(), window).isEqualTo(expected);
            }
        }
    }
}
