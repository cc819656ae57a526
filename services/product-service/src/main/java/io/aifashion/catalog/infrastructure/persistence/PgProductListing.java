package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.ColourFamily;
import io.aifashion.catalog.domain.Gender;
import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.listing.Keyset;
import io.aifashion.catalog.domain.listing.ListedProduct;
import io.aifashion.catalog.domain.listing.ProductListing;
import io.aifashion.catalog.domain.listing.ProductPage;
import io.aifashion.catalog.domain.listing.ProductQuery;
import io.aifashion.catalog.domain.listing.ProductSort;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listing, a few SQL statements per page: filters become predicates the indexes serve (GIN on
 * the full-text vector and on the facet tokens, covering B-trees on price and creation time, GiST
 * on the colours for the colour order, read nearest-first through a join that keeps the index
 * order), and the order is a keyset — the page continues strictly after the last row's (sort
 * value, id).
 */
public class PgProductListing implements ProductListing {

    private static final String RANK = "ts_rank(p.search, query)";

    private final JdbcClient jdbc;
    private final ProductRows rows;
    private final int window;

    /** @param window rows of the sort order (or nearest colours) the first, windowed attempt looks at */
    public PgProductListing(JdbcClient jdbc, ProductRows rows, int window) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.window = window;
    }


    /**
     * The product's facet tokens, exactly the expression of the GIN index product_facets_idx
     * (V4__listing_facets.sql): gender, availability, colour family, the three category keys and
     * the currency, each prefixed with its kind.
     */
    static final String FACETS = "array_remove(array['g:' || p.gender, 'a:' || p.availability, 'f:' || p.colour_family,"
            + " 'c:' || lower(p.master_category), 'c:' || lower(p.sub_category), 'c:' || lower(p.article_type),"
            + " '$:' || p.currency], null)";

    @Override
    public ProductPage list(ProductQuery query) {
        ProductQuery q = withinPriceBounds(query);
        if (q == null) {
            return new ProductPage(List.of(), null);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> filters = filters(q, params, false);
        List<String> facetFilters = filters(q, params, true);
        if (q.sort() == ProductSort.COLOUR) {
            params.addValue("cl", q.colour().l());
            params.addValue("ca", q.colour().a());
            params.addValue("cb", q.colour().b());
        }
        params.addValue("limit", q.limit() + 1);
        params.addValue("window", window(q));
        List<Row> found;
        if (q.sort() == ProductSort.RELEVANCE) {
            // The text index finds every match; ranking needs them all.
            found = query(q, direct(q, textFilters(filters, facetFilters, params), params), params);
        } else if (q.text() != null) {
            // The text vector is not in the sort indexes, so a walk down the order reads the table
            // row by row: for a rare word, all of it. The text index selects the matches instead —
            // but a common word ("shirt": one product in thirteen) matches tens of thousands, and
            // reading and sorting all of them costs ~100 ms, while the walk meets a page of them
            // within a few hundred rows. So a common word walks first, in a short window (for the
            // colour order, the nearest colours' window below), and the text index answers only if
            // the window held no full page (the same exactness rule as below). Walking a row and
            // reading a match from the text index cost about the same (~1 µs), so the walk is tried
            // when it is expected to fill a page within an eighth of the word's matches (or
            // WALK_ROWS), in a window of four times that expectation, at most half the matches:
            // "shirt" for women in blue or green, in stock, newest first, is expected within 6,000
            // rows of 77,000 matches, and the walk answers in a few milliseconds where reading the
            // matches took 80.
            double expected = (q.limit() + 1) / density(filters, params);
            long wordMatches = planRows("select 1 from product p where p.search @@ websearch_to_tsquery('english', :q)",
                    params);
            Attempt walked = null;
            if (expected <= Math.max(WALK_ROWS, wordMatches / 8.0)) {
                walked = q.sort() == ProductSort.COLOUR ? colourWindows(q, filters, params)
                        : attempt(q, filters, params, (int) Math.min(Math.max(TEXT_WINDOW, 4 * expected),
                                Math.max(TEXT_WINDOW, wordMatches / 2.0)));
            }
            params.addValue("window", window(q));
            if (walked != null && walked.exact()) {
                found = walked.rows();
            } else {
                jdbc.sql("set local enable_indexscan = off").update();
                found = query(q, direct(q, textFilters(filters, facetFilters, params), params), params);
                jdbc.sql("set local enable_indexscan = on").update();
            }
        } else {
            // First the cheap plan that is right whenever matches are not rare: the next `window` rows
            // of the sort order (or the `window` nearest colours), filtered. It answers exactly when
            // it finds a full page inside the window, or when the window held everything that is
            // left. Otherwise matches are rare in sort order, and the filters go first: indexes
            // select the matches, and only those are sorted.
            Attempt first = q.sort() == ProductSort.COLOUR ? colourWindows(q, filters, params)
                    : attempt(q, filters, params, window(q));
            List<Row> windowed = first.rows();
            boolean exact = first.exact();
            if (exact) {
                found = windowed;
            } else if (q.sort() != ProductSort.COLOUR) {
                // Filters first, but only when the filters together are expected to be selective:
                // GIN then intersects their posting lists (boys' accessories: 86,000 and 285,000
                // entries at a million products, 3 ms) and reads only the matches, which the heap
                // order keeps on few pages (PgBulkProductStore.inHeapOrder; 7,100 matches on 650
                // pages, 9 ms in all, where walking the whole newest-first index took 200 ms). When
                // the filters are broad together (women and girls, apparel: half the catalogue
                // each) the matches are common overall yet absent from the start of the order (the
                // 20,000 dearest products are watches and handbags), and intersecting such long
                // lists costs hundreds of milliseconds; walking on down the order stops at the
                // first page of matches instead. The estimate takes the filters as independent; when
                // they are correlated and it is too low, at most FILTERS_FIRST_BOUND + 1 matches are
                // read (their sort keys) before the walk takes over.
                List<Row> direct = null;
                if (estimatedMatches(facetFilters, params) <= SELECTIVE_FILTER) {
                    jdbc.sql("set local enable_indexscan = off").update();
                    jdbc.sql("set local enable_seqscan = off").update();
                    params.addValue("bound", FILTERS_FIRST_BOUND + 1);
                    direct = query(q, boundedDirect(q, facetFilters, params), params);
                    jdbc.sql("set local enable_seqscan = on").update();
                    jdbc.sql("set local enable_indexscan = on").update();
                }
                if (direct != null && (direct.isEmpty() || direct.getFirst().windowSize() <= FILTERS_FIRST_BOUND)) {
                    found = direct;
                } else {
                    params.addValue("window", Integer.MAX_VALUE);
                    found = query(q, windowed(q, filters, params), params);
                }
            } else {
                // The ordered index walk is what failed; keep the planner from choosing it again.
                jdbc.sql("set local enable_indexscan = off").update();
                found = query(q, direct(q, facetFilters, params), params);
                jdbc.sql("set local enable_indexscan = on").update();
            }
        }
        boolean more = found.size() > q.limit();
        List<Row> page = more ? found.subList(0, q.limit()) : found;
        List<ListedProduct> items = page.stream().map(r -> new ListedProduct(r.product(), r.distance())).toList();
        Keyset next = null;
        if (more) {
            Row last = page.getLast();
            next = new Keyset(q.sort(), last.value(), last.product().id());
        }
        return new ProductPage(items, next);
    }

    /**
     * The query with its price range narrowed to where its filters' matches can be, for the price
     * orders: a walk down the price index otherwise reads every cheaper (or dearer) product before
     * the first match (bottomwear, dearest first: 160,000 index entries at a million products,
     * ~70 ms, none of its filters being selective enough to go first), and so does every later
     * page, whose keyset — "after (price, id), then the products without a price" — is an OR that
     * the index cannot start at. The facet tokens' price ranges ({@link FacetPriceBounds}) bound
     * the matches' prices; a range excludes the products without a price, so it is used only when
     * no match can lack one. The listing runs in one snapshot ({@code ListProducts}), so the
     * ranges read here belong to the rows read next.
     *
     * @return the query with its narrowed range, or null when no product can match (the range asked
     *         for lies outside the one the filters allow: T-shirts at 80–160 when none costs over 60)
     */
    private static boolean ascending(ProductSort sort) {
        return sort == ProductSort.PRICE;
    }

    private ProductQuery withinPriceBounds(ProductQuery q) {
        if (q.sort() != ProductSort.PRICE && q.sort() != ProductSort.PRICE_DESC) {
            return q;
        }
        List<List<String>> groups = new ArrayList<>();
        if (!q.genders().isEmpty()) {
            groups.add(q.genders().stream().map(g -> "g:" + g.code()).toList());
        }
        if (!q.categories().isEmpty()) {
            groups.add(q.categoryList().stream().map(c -> "c:" + c).toList());
        }
        if (!q.colourFamilies().isEmpty()) {
            groups.add(q.colourFamilies().stream().map(f -> "f:" + f.code()).toList());
        }
        if (q.inStock()) {
            groups.add(List.of("a:in_stock"));
        }
        if (q.currency() != null) {
            groups.add(List.of("$:" + q.currency()));
        }
        if (groups.isEmpty()) {
            // No filter: every product has exactly one gender, so the genders' ranges cover them all.
            groups.add(Arrays.stream(Gender.values()).map(g -> "g:" + g.code()).toList());
        }
        FacetPriceBounds.Range range = FacetPriceBounds.range(jdbc, groups);
        if (range == null) {
            return q;
        }
        BigDecimal min = q.minPrice() == null || range.min().compareTo(q.minPrice()) > 0 ? range.min() : q.minPrice();
        BigDecimal max = q.maxPrice() == null || range.max().compareTo(q.maxPrice()) < 0 ? range.max() : q.maxPrice();
        if (q.after() != null && q.after().value() != null) {
            // Every match has a price, so what follows the cursor lies on its side of the cursor's
            // price: a deep page starts its walk there instead of passing every row before it.
            BigDecimal at;
            try {
                at = new BigDecimal(q.after().value());
            } catch (NumberFormatException e) {
                return q; // a bad cursor: the keyset reports it
            }
            if (ascending(q.sort())) {
                min = min.max(at);
            } else {
                max = max.min(at);
            }
        }
        if (min.compareTo(max) > 0) {
            return null; // every match has a price, and none can be in the range asked for
        }
        return new ProductQuery(q.text(), q.genders(), q.categories(), min, max, q.currency(), q.colourFamilies(),
                q.inStock(), q.sort(), q.colour(), q.limit(), q.after());
    }

    /** A windowed attempt: its rows, and whether they answer the page exactly. */
    private record Attempt(List<Row> rows, boolean exact) {
    }

    private Attempt attempt(ProductQuery q, List<String> filters, MapSqlParameterSource params, int window) {
        params.addValue("window", window);
        List<Row> rows = query(q, windowed(q, filters, params), params);
        return new Attempt(rows, exact(q, rows, window));
    }

    /**
     * The nearest colours' window, widened once when matches are rare among them but not so rare
     * that every one of them should be read: each colour of the window costs a row read, and so does
     * each match of the filters-first plan, so with density d a window of ~limit/d colours beats
     * reading all d·N matches once d exceeds about √(limit/N) (½ % at a million). The first
     * window's density sets the wider one.
     */
    private Attempt colourWindows(ProductQuery q, List<String> filters, MapSqlParameterSource params) {
        int window = window(q);
        Attempt first = attempt(q, filters, params, window);
        if (first.exact() || first.rows().size() < MIN_MATCHES_TO_WIDEN) {
            return first;
        }
        return attempt(q, filters, params, (int) Math.min(WIDEST_COLOUR_WINDOW,
                Math.ceil(2.0 * window * (q.limit() + 1) / first.rows().size())));
    }

    /**
     * The filters as predicates on {@code p} (and {@code query} for text), keyset excluded. With
     * {@code facetIndex}, gender, category, colour family, stock and currency are tests on the
     * facet tokens, which one GIN index answers together (the plan for rare matches: the index
     * intersects the posting lists, and only matching rows are read); otherwise they test the
     * columns that the sort indexes carry (the windowed walk reads nothing else).
     */
    private static List<String> filters(ProductQuery q, MapSqlParameterSource params, boolean facetIndex) {
        List<String> where = new ArrayList<>();
        if (q.text() != null) {
            params.addValue("q", q.text());
            where.add("p.search @@ query");
        }
        List<String> required = new ArrayList<>();
        if (!q.genders().isEmpty()) {
            String[] genders = q.genders().stream().map(Gender::code).sorted().toArray(String[]::new);
            if (facetIndex) {
                where.add(FACETS + " && cast(:fGenders as text[])");
                params.addValue("fGenders", prefixed("g:", genders));
            } else {
                where.add("p.gender = any(:genders)");
                params.addValue("genders", genders);
            }
        }
        if (!q.categories().isEmpty()) {
            String[] categories = q.categoryList().toArray(String[]::new);
            if (facetIndex) {
                where.add(FACETS + " && cast(:fCategories as text[])");
                params.addValue("fCategories", prefixed("c:", categories));
            } else {
                where.add("p.category_keys && cast(:categories as text[])");
                params.addValue("categories", categories);
            }
        }
        if (q.minPrice() != null) {
            where.add("p.price >= :minPrice");
            params.addValue("minPrice", q.minPrice());
        }
        if (q.maxPrice() != null) {
            where.add("p.price <= :maxPrice");
            params.addValue("maxPrice", q.maxPrice());
        }
        if (q.currency() != null) {
            if (facetIndex) {
                required.add("$:" + q.currency());
            } else {
                where.add("p.currency = :currency");
                params.addValue("currency", q.currency());
            }
        }
        if (!q.colourFamilies().isEmpty()) {
            String[] families = q.colourFamilies().stream().map(ColourFamily::code).sorted().toArray(String[]::new);
            if (facetIndex) {
                where.add(FACETS + " && cast(:fFamilies as text[])");
                params.addValue("fFamilies", prefixed("f:", families));
            } else {
                where.add("p.colour_family = any(:families)");
                params.addValue("families", families);
            }
        }
        if (q.inStock()) {
            if (facetIndex) {
                required.add("a:in_stock");
            } else {
                where.add("p.availability = 'in_stock'");
            }
        }
        if (!required.isEmpty()) {
            where.add(FACETS + " @> cast(:fRequired as text[])");
            params.addValue("fRequired", required.toArray(String[]::new));
        }
        return where;
    }

    private static String[] prefixed(String prefix, String[] values) {
        String[] tokens = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            tokens[i] = prefix + values[i];
        }
        return tokens;
    }

    /**
     * Filters first, then the order: the plan for rare matches (and for relevance). Only the id and
     * sort key of each match are ranked; the page's rows are read at the end. A common word matches
     * tens of thousands of products, and sorting them with every column carried along cost about
     * twice as much as sorting their keys.
     */
    private static String direct(ProductQuery q, List<String> filters, MapSqlParameterSource params) {
        String distance = "(cube(array[p.colour_l, p.colour_a, p.colour_b]) <-> cube(array[:cl, :ca, :cb]::float8[]))";
        StringBuilder sql = new StringBuilder("select p.id");
        switch (q.sort()) {
            case RELEVANCE -> sql.append(", ").append(RANK).append(" as sort_value");
            case COLOUR -> sql.append(", ").append(distance).append(" as sort_value");
            default -> sql.append(", null::float8 as sort_value");
        }
        sql.append(" from product p");
        if (q.text() != null) {
            sql.append(", websearch_to_tsquery('english', :q) query");
        }
        List<String> where = new ArrayList<>(filters);
        if (q.sort() == ProductSort.COLOUR) {
            where.add("p.colour_l is not null");
        }
        if (q.after() != null) {
            where.add(keyset(q.sort(), q.after(), params, distance));
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", where));
        }
        sql.append(" order by ").append(order(q.sort(), distance)).append(" limit :limit");
        return "select " + ProductRows.COLUMNS + ", k.sort_value, 0::float8 as window_edge, 0 as window_size from ("
                + sql + ") k join product p on p.id = k.id order by " + order(q.sort(), "k.sort_value");
    }

    /**
     * Filters first for the B-tree orders, reading at most {@code :bound} matches: the page (in
     * sort order) among them, each row carrying in {@code window_size} how many matches were read —
     * the page is exact when that is below the bound, i.e. when every match was read. (No row
     * means no match at all.)
     */
    private static String boundedDirect(ProductQuery q, List<String> filters, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>(filters);
        if (q.after() != null) {
            where.add(keyset(q.sort(), q.after(), params, null));
        }
        // Only the sort keys of the matches are kept; the page's rows are read at the end.
        return "with m as materialized (select p.id, p.price, p.created_at from product p"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " limit :bound), k as (select m.id from m order by " + order(q.sort(), null).replace("p.", "m.")
                + " limit :limit) select " + ProductRows.COLUMNS
                + ", 0::float8 as window_edge, (select count(*) from m) as window_size"
                + " from k join product p on p.id = k.id order by " + order(q.sort(), null);
    }

    /**
     * The filters beside a text query: on the facet index when together they are expected to be
     * selective (GIN then intersects their posting lists with the word's matches, and only rows
     * passing all of them are read: "shirt" for girls in blue or green, 30–60, 120 → 42 ms),
     * otherwise on the columns of the text matches — offered long posting lists that select little,
     * PostgreSQL would intersect them with the word's matches, which costs more than testing the
     * rows the word matches (and a word that matches nothing then reads nothing).
     */
    private List<String> textFilters(List<String> filters, List<String> facetFilters, MapSqlParameterSource params) {
        List<String> others = facetFilters.stream().filter(f -> !f.equals("p.search @@ query")).toList();
        return (!others.isEmpty() && estimatedMatches(others, params) <= SELECTIVE_FILTER ? facetFilters : filters)
                .stream().map(PgProductListing::testedOnRows).toList();
    }

    /**
     * A filter on the price or the colour family as a test on each row rather than an index
     * condition ({@code price + 0} and {@code colour_family || ''} are no indexed expressions).
     * Beside a word's matches PostgreSQL would intersect them with the range or the families read
     * from their B-trees — hundreds of thousands of entries ("dress" at 30–60: 262,000 price
     * entries, 45 ms, for 35,700 matches that cost 40 ms to read and test in all, 77 → 42 ms;
     * "shirt" in blue or green: 348,000 family entries, 62 ms) — because it prices the matches'
     * table reads as random page reads, unaware that the heap order groups them.
     */
    private static String testedOnRows(String filter) {
        if (filter.startsWith("p.price ")) {
            return "p.price + 0 " + filter.substring("p.price ".length());
        }
        if (filter.startsWith("p.colour_family ")) {
            return "(p.colour_family || '') " + filter.substring("p.colour_family ".length());
        }
        return filter;
    }

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    /**
     * The share of the catalogue that passes every filter, as PostgreSQL estimates it (the text
     * query from the text vector's statistics — its most common lexemes —, the others from the
     * columns', combined as if independent): a walk down the order meets a page of matches after
     * about (limit + 1) / density rows.
     */
    private double density(List<String> filters, MapSqlParameterSource params) {
        List<String> where = filters.stream()
                .map(f -> f.replace("@@ query", "@@ websearch_to_tsquery('english', :q)")).toList();
        long matches = planRows("select 1 from product p where " + String.join(" and ", where), params);
        long all = planRows("select 1 from product p", params);
        return all <= 0 ? 0 : Math.max(1, matches) / (double) all;
    }

    private long planRows(String sql, MapSqlParameterSource params) {
        String plan = String.join("\n", jdbc.sql("explain (format json) " + sql).paramSource(params)
                .query(String.class).list());
        Matcher m = PLAN_ROWS.matcher(plan);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /**
     * PostgreSQL's estimate of the rows passing every filter together (each filter's selectivity
     * from the facet index's and the columns' statistics, multiplied as if independent). No
     * filter: every row.
     */
    private long estimatedMatches(List<String> filters, MapSqlParameterSource params) {
        return planRows("select 1 from product p" + (filters.isEmpty() ? "" : " where " + String.join(" and ", filters)),
                params);
    }

    /**
     * The next {@code window} rows in sort order (from the sort's B-tree, starting at the keyset),
     * or the {@code window} nearest colours (from the GiST index), then the filters.
     */
    private static String windowed(ProductQuery q, List<String> filters, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        List<String> where = new ArrayList<>(filters);
        if (q.sort() == ProductSort.COLOUR) {
            String cDistance = "(c.lab <-> cube(array[:cl, :ca, :cb]::float8[]))";
            String after = "";
            if (q.after() != null) {
                params.addValue("kd", Double.parseDouble(q.after().value() == null ? "0" : q.after().value()));
                after = " and " + cDistance + " >= :kd";
            }
            String pcCategories = "";
            if (q.colourFamilies().isEmpty() && !q.categories().isEmpty()) {
                // The nearest colours that products of each category have (colour_category: the
                // GiST key leads with the category), merged: unisex T-shirts nearest to a pink
                // otherwise looked through the nearest colours of the whole catalogue, where a
                // T-shirt is one product in thirty, and mostly fell back to reading every match. A
                // colour of several categories comes once. The merged window is exact as the others
                // are: it is short of `window` colours only when every category's list was, and a
                // full list holds `window` distinct colours up to its own farthest, so the merged
                // window's edge is no farther than any list's.
                List<String> perCategory = new ArrayList<>();
                int i = 0;
                for (String category : q.categoryList()) {
                    params.addValue("wc" + i, category);
                    perCategory.add("(select c.rgb, " + cDistance + " as dist from colour_category c"
                            + " where c.category_key = :wc" + i + after + " order by " + cDistance + " limit :window)");
                    i++;
                }
                sql.append("with u as materialized (").append(String.join(" union all ", perCategory)).append("),")
                        .append(" w as materialized (select rgb, min(dist) as dist from u group by rgb")
                        .append(" order by min(dist) limit :window)");
                pcCategories = " and pc.category_keys && cast(:categories as text[])";
            } else if (q.colourFamilies().isEmpty()) {
                sql.append("with w as materialized (select c.rgb, ").append(cDistance)
                        .append(" as dist from colour c where true").append(after)
                        .append(" order by ").append(cDistance).append(" limit :window)");
            } else {
                // The nearest primary colours of each family (V7: the GiST key leads with the
                // family), merged: a family far from the query colour costs what a near one does.
                List<String> perFamily = new ArrayList<>();
                int f = 0;
                for (ColourFamily family : q.colourFamilies()) {
                    params.addValue("wf" + f, family.code());
                    perFamily.add("(select c.rgb, " + cDistance + " as dist from primary_colour c where c.family = :wf"
                            + f + after + " order by " + cDistance + " limit :window)");
                    f++;
                }
                sql.append("with w as materialized (select rgb, dist from (").append(String.join(" union all ", perFamily))
                        .append(") u order by dist limit :window)");
            }
            sql.append(" select ").append(ProductRows.COLUMNS).append(", w.dist as sort_value,")
                    .append(" (select max(dist) from w) as window_edge, (select count(*) from w) as window_size")
                    .append(" from w join product_colour pc on pc.rgb = w.rgb and pc.position = 0").append(pcCategories)
                    .append(" join product p on p.id = pc.product_id");
            if (q.after() != null) {
                where.add(keyset(q.sort(), q.after(), params, "w.dist"));
            }
        } else {
            List<String> inner = new ArrayList<>();
            if (q.after() != null) {
                inner.add(keyset(q.sort(), q.after(), params, null));
            }
            if (q.sort() == ProductSort.PRICE || q.sort() == ProductSort.PRICE_DESC) {
                // Price bounds are ranges of the sort's own index: they narrow the walk itself.
                if (q.minPrice() != null) {
                    inner.add("p.price >= :minPrice");
                }
                if (q.maxPrice() != null) {
                    inner.add("p.price <= :maxPrice");
                }
            }
            // Only columns of the sort index, so the walk is an index-only scan, and pipelined: it
            // stops as soon as a page has passed the filters (or the window is used up). The table
            // is read only for the rows of the page.
            List<String> outer = new ArrayList<>(where);
            outer.replaceAll(f -> f.replace("p.", "w."));
            // With a text query the walk also reads the text vector from the table (a common word's
            // walk; see list).
            sql.append("select ").append(ProductRows.COLUMNS)
                    .append(", 0::float8 as window_edge, :window as window_size")
                    .append(" from (select w.id from (select p.id, p.created_at, p.price, p.currency, p.gender,")
                    .append(" p.availability, p.colour_family, p.category_keys")
                    .append(q.text() == null ? "" : ", p.search").append(" from product p")
                    .append(inner.isEmpty() ? "" : " where " + String.join(" and ", inner))
                    .append(" order by ").append(order(q.sort(), null)).append(" limit :window) w")
                    .append(q.text() == null ? "" : ", websearch_to_tsquery('english', :q) query")
                    .append(outer.isEmpty() ? "" : " where " + String.join(" and ", outer))
                    .append(" order by ").append(order(q.sort(), null).replace("p.", "w."))
                    .append(" limit :limit) k join product p on p.id = k.id")
                    .append(" order by ").append(order(q.sort(), null));
            return sql.toString();
        }
        if (q.text() != null) {
            sql.append(", websearch_to_tsquery('english', :q) query");
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", where));
        }
        sql.append(" order by ").append(order(q.sort(), "w.dist")).append(" limit :limit");
        return sql.toString();
    }

    /**
     * The window: the sort indexes hold the filter columns, so walking them is cheap; nearest colours
     * are joined to the table row by row, so their window is at most {@value #COLOUR_WINDOW}.
     */
    private int window(ProductQuery q) {
        return q.sort() == ProductSort.COLOUR ? Math.min(COLOUR_WINDOW, window) : window;
    }

    static final int COLOUR_WINDOW = 1000;
    /**
     * A text query with a sort order walks the order first when its filters (the text among them)
     * are expected to fill a page within this many rows of it: {@value #TEXT_WINDOW} rows of a
     * B-tree order (each read from the table for its text vector), or the nearest colours' windows.
     * A walk that fails costs its whole window before the text index answers, so only
     * common words try it ("shirt": one product in thirteen).
     */
    static final int WALK_ROWS = 2000;
    static final int TEXT_WINDOW = 4000;
    /**
     * The most matches the filters-first plan of a B-tree order reads — as many as a selective
     * filter lets through, so that an estimate somewhat too low still ends here; beyond it the
     * walk down the order continues instead.
     */
    static final int FILTERS_FIRST_BOUND = 50_000;
    /** Filters this selective (estimated rows) make the filters-first plan cheap. */
    static final long SELECTIVE_FILTER = 50_000;
    /** Matches the first colour window must hold (density ≥ ½ %) before a wider window is tried. */
    static final int MIN_MATCHES_TO_WIDEN = 5;
    /** The widest colour window: beyond it, reading the filters' matches costs less. */
    static final int WIDEST_COLOUR_WINDOW = 8000;

    /**
     * Whether a windowed attempt answers the page exactly: it found a full page inside the window
     * (for colours, with the page's last distance below the window's edge, so that no tie with a
     * colour just outside it is cut), or the window held everything that is left.
     */
    private static boolean exact(ProductQuery q, List<Row> windowed, int window) {
        if (windowed.size() > q.limit()) {
            Row last = windowed.get(q.limit());
            return q.sort() != ProductSort.COLOUR || last.distance() < last.windowEdge();
        }
        return !windowed.isEmpty() && windowed.getFirst().windowSize() < window;
    }

    private static String order(ProductSort sort, String distance) {
        return switch (sort) {
            case RELEVANCE -> "sort_value desc, p.id";
            case PRICE -> "p.price nulls last, p.id";
            case PRICE_DESC -> "p.price desc nulls last, p.id desc";
            case NEWEST -> "p.created_at desc, p.id desc";
            case COLOUR -> distance + ", p.id";
        };
    }

    private List<Row> query(ProductQuery q, String sql, MapSqlParameterSource params) {
        return jdbc.sql(sql).paramSource(params).query((rs, i) -> {
            Product p = rows.map(rs);
            String value = switch (q.sort()) {
                case RELEVANCE -> Float.toString(rs.getFloat("sort_value"));
                case COLOUR -> Double.toString(rs.getDouble("sort_value"));
                case PRICE, PRICE_DESC -> p.content().price() == null ? null
                        : p.content().price().amount().toPlainString();
                case NEWEST -> rs.getTimestamp("created_at").toInstant().toString();
            };
            return new Row(p, value, q.sort() == ProductSort.COLOUR ? rs.getDouble("sort_value") : null,
                    rs.getDouble("window_edge"), rs.getLong("window_size"));
        }).list();
    }

    private record Row(Product product, String value, Double distance, double windowEdge, long windowSize) {
    }

    /** The predicate "after the keyset" for each order; a malformed value is a bad cursor. */
    private static String keyset(ProductSort sort, Keyset k, MapSqlParameterSource params, String distance) {
        params.addValue("kid", k.id());
        try {
            return switch (sort) {
                case RELEVANCE -> {
                    params.addValue("kv", Float.parseFloat(k.value()));
                    yield "(" + RANK + " < cast(:kv as real) or (" + RANK + " = cast(:kv as real) and p.id > :kid))";
                }
                case PRICE -> {
                    if (k.value() == null) {
                        yield "(p.price is null and p.id > :kid)";
                    }
                    params.addValue("kv", new BigDecimal(k.value()));
                    yield "(p.price > :kv or (p.price = :kv and p.id > :kid) or p.price is null)";
                }
                case PRICE_DESC -> {
                    if (k.value() == null) {
                        yield "(p.price is null and p.id < :kid)";
                    }
                    params.addValue("kv", new BigDecimal(k.value()));
                    yield "(p.price < :kv or (p.price = :kv and p.id < :kid) or p.price is null)";
                }
                case NEWEST -> {
                    params.addValue("kv", Timestamp.from(Instant.parse(k.value())));
                    yield "(p.created_at, p.id) < (:kv, :kid)";
                }
                case COLOUR -> {
                    params.addValue("kv", Double.parseDouble(k.value()));
                    yield "(" + distance + " > :kv or (" + distance + " = :kv and p.id > :kid))";
                }
            };
        } catch (RuntimeException e) {
            throw new InvalidProductException("cursor", "the cursor is not valid for sort=" + sort.code());
        }
    }
}
