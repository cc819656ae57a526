package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.ProductColour;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code colour} table: each distinct colour once, keyed by its packed 0xRRGGBB value. */
final class ColourRows {

    private ColourRows() {
    }

    static int rgb(ProductColour c) {
        return Integer.parseInt(c.hex().substring(1), 16);
    }

    /**
     * Adds the colours the table does not hold yet, in one statement; the GiST index is only
     * touched for genuinely new colours.
     */
    /** A colour of a product in a category: one row of {@code colour_category}. */
    record InCategory(String category, ProductColour colour) {
    }

    /** Adds the (category, colour) pairs the table does not hold yet, in one statement. */
    static void insertNewPairs(JdbcClient jdbc, Collection<InCategory> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        String[] category = new String[pairs.size()];
        Integer[] rgb = new Integer[pairs.size()];
        Double[] l = new Double[pairs.size()];
        Double[] a = new Double[pairs.size()];
        Double[] b = new Double[pairs.size()];
        int i = 0;
        for (InCategory p : pairs) {
            category[i] = p.category();
            rgb[i] = rgb(p.colour());
            l[i] = p.colour().lab().l();
            a[i] = p.colour().lab().a();
            b[i] = p.colour().lab().b();
            i++;
        }
        jdbc.sql("""
                        insert into colour_category (category_key, rgb, l, a, b)
                        select * from unnest(cast(:category as text[]), cast(:rgb as integer[]), cast(:l as float8[]),
                                             cast(:a as float8[]), cast(:b as float8[]))
                        on conflict (category_key, rgb) do nothing""")
                .param("category", category).param("rgb", rgb).param("l", l).param("a", a).param("b", b)
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
        Integer[] rgb = new Integer[colours.size()];
        String[] family = new String[colours.size()];
        Double[] l = new Double[colours.size()];
        Double[] a = new Double[colours.size()];
        Double[] b = new Double[colours.size()];
        int i = 0;
        for (ProductColour c : colours) {
            rgb[i] = rgb(c);
            family[i] = c.family().code();
            l[i] = c.lab().l();
            a[i] = c.lab().a();
            b[i] = c.lab().b();
            i++;
        }
        jdbc.sql("""
                        insert into primary_colour (rgb, family, l, a, b)
                        select * from unnest(cast(:rgb as integer[]), cast(:family as text[]), cast(:l as float8[]),
                                             cast(:a as float8[]), cast(:b as float8[]))
                        on conflict (rgb) do nothing""")
                .param("rgb", rgb).param("family", family).param("l", l).param("a", a).param("b", b)
                .update();
    }

    static void insertNew(JdbcClient jdbc, Collection<ProductColour> colours) {
        if (colours.isEmpty()) {
            return;
        }
        Integer[] rgb = new Integer[colours.size()];
        Double[] l = new Double[colours.size()];
        Double[] a = new Double[colours.size()];
        Double[] b = new Double[colours.size()];
        int i = 0;
        for (ProductColour c : colours) {
            rgb[i] = rgb(c);
            l[i] = c.lab().l();
            a[i] = c.lab().a();
            b[i] = c.lab().b();
            i++;
        }
        jdbc.sql("""
                        insert into colour (rgb, l, a, b)
                        select * from unnest(cast(:rgb as integer[]), cast(:l as float8[]), cast(:a as float8[]),
                                             cast(:b as float8[]))
                        on conflict (rgb) do nothing""")
                .param("rgb", rgb).param("l", l).param("a", a).param("b", b)
                .update();
    }
}
