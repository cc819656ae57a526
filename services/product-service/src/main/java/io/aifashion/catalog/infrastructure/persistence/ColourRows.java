package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.ProductColour;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code colour} table: each distinct colour once, keyed by its packed 0xRRGGBB value — and
 * the other tables of distinct colours. Each statement inserts in key order: an import's two batch
 * writers add the same new colours side by side, and a row one of them has inserted but not yet
 * committed makes the other wait on it; in opposite orders they would wait on each other
 * (PostgreSQL then aborts one batch as a deadlock).
 */
final class ColourRows {

    private ColourRows() {
    }

    static int rgb(ProductColour c) {
        return Integer.parseInt(c.hex().substring(1), 16);
    }

    /** A colour of a product in a category: one row of {@code colour_category}. */
    record InCategory(String category, ProductColour colour) {
    }

    /** The packed colour and its CIELAB coordinates of a batch, as parallel arrays for {@code unnest}. */
    private record LabColumns(Integer[] rgb, Double[] l, Double[] a, Double[] b) {

        static LabColumns of(List<ProductColour> colours) {
            int n = colours.size();
            LabColumns c = new LabColumns(new Integer[n], new Double[n], new Double[n], new Double[n]);
            for (int i = 0; i < n; i++) {
                ProductColour colour = colours.get(i);
                c.rgb[i] = ColourRows.rgb(colour);
                c.l[i] = colour.lab().l();
                c.a[i] = colour.lab().a();
                c.b[i] = colour.lab().b();
            }
            return c;
        }
    }

    /** Adds the (category, colour) pairs the table does not hold yet, in one statement. */
    static void insertNewPairs(JdbcClient jdbc, Collection<InCategory> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        String[] category = pairs.stream().map(InCategory::category).toArray(String[]::new);
        LabColumns c = LabColumns.of(pairs.stream().map(InCategory::colour).toList());
        jdbc.sql("""
                        insert into colour_category (category_key, rgb, l, a, b)
                        select * from unnest(cast(:category as text[]), cast(:rgb as integer[]), cast(:l as float8[]),
                                             cast(:a as float8[]), cast(:b as float8[]))
                        order by 1, 2
                        on conflict (category_key, rgb) do nothing""")
                .param("category", category).param("rgb", c.rgb()).param("l", c.l()).param("a", c.a()).param("b", c.b())
                .update();
    }

    /**
     * Adds the primary colours the {@code primary_colour} table (with its (family, colour) index,
     * for the listing's colour order with a family filter) does not hold yet, in one statement.
     */
    static void insertNewPrimaries(JdbcClient jdbc, Collection<ProductColour> colours) {
        if (colours.isEmpty()) {
            return;
        }
        List<ProductColour> list = List.copyOf(colours);
        String[] family = list.stream().map(colour -> colour.family().code()).toArray(String[]::new);
        LabColumns c = LabColumns.of(list);
        jdbc.sql("""
                        insert into primary_colour (rgb, family, l, a, b)
                        select * from unnest(cast(:rgb as integer[]), cast(:family as text[]), cast(:l as float8[]),
                                             cast(:a as float8[]), cast(:b as float8[]))
                        order by 1
                        on conflict (rgb) do nothing""")
                .param("rgb", c.rgb()).param("family", family).param("l", c.l()).param("a", c.a()).param("b", c.b())
                .update();
    }

    /**
     * Adds the colours the table does not hold yet, in one statement; the GiST index is only
     * touched for genuinely new colours.
     */
    static void insertNew(JdbcClient jdbc, Collection<ProductColour> colours) {
        if (colours.isEmpty()) {
            return;
        }
        LabColumns c = LabColumns.of(List.copyOf(colours));
        jdbc.sql("""
                        insert into colour (rgb, l, a, b)
                        select * from unnest(cast(:rgb as integer[]), cast(:l as float8[]), cast(:a as float8[]),
                                             cast(:b as float8[]))
                        order by 1
                        on conflict (rgb) do nothing""")
                .param("rgb", c.rgb()).param("l", c.l()).param("a", c.a()).param("b", c.b())
                .update();
    }
}
