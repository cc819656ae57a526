package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductContent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The price range of each facet token ({@code facet_price_bound}, V9): every write widens the
 * ranges of its products' tokens in its own transaction, and a listing in price order reads the
 * range its filters allow, so that its walk down the price index starts where matches can be.
 * Ranges never narrow (a deleted product leaves its range as it was), so they are bounds, not
 * statistics — a listing that trusts them stays exact.
 */
final class FacetPriceBounds {

    private FacetPriceBounds() {
    }

    /**
     * Widens the ranges of the products' tokens, which PostgreSQL computes from the products'
     * columns with the very expression of the facet index ({@link PgProductListing#FACETS}), so
     * that the two never disagree on a token's spelling. The products are first reduced to their distinct
     * facet combinations (a batch of thousands has a few hundred); only ranges that actually grow
     * are written, and in token order, so that two batch writers side by side lock the rows they
     * share (stock, currency) rarely and never in opposite orders.
     */
    static void widen(JdbcClient jdbc, Collection<Product> products) {
        // per distinct combination: lowest and highest price, null for "without a price"
        Map<List<String>, BigDecimal[]> combos = new LinkedHashMap<>();
        for (Product p : products) {
            ProductContent c = p.content();
            List<String> key = Arrays.asList(c.gender().code(), c.availability().code(),
                    c.primaryColour().family().code(), c.category().masterCategory(), c.category().subCategory(),
                    c.category().articleType(), c.price() == null ? null : c.price().currency(),
                    c.price() == null ? "unpriced" : "priced");
            BigDecimal price = c.price() == null ? null : c.price().amount();
            combos.merge(key, new BigDecimal[] {price, price},
                    (a, b) -> a[0] == null ? a : new BigDecimal[] {a[0].min(b[0]), a[1].max(b[1])});
        }
        if (combos.isEmpty()) {
            return;
        }
        List<String[]> columns = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String[] column = new String[combos.size()];
            int row = 0;
            for (List<String> key : combos.keySet()) {
                column[row++] = key.get(i);
            }
            columns.add(column);
        }
        BigDecimal[] lows = combos.values().stream().map(r -> r[0]).toArray(BigDecimal[]::new);
        BigDecimal[] highs = combos.values().stream().map(r -> r[1]).toArray(BigDecimal[]::new);
        jdbc.sql("""
                        with v as (select * from unnest(cast(:gender as text[]), cast(:availability as text[]),
                                       cast(:family as text[]), cast(:master as text[]), cast(:sub as text[]),
                                       cast(:type as text[]), cast(:currency as text[]), cast(:lo as numeric[]),
                                       cast(:hi as numeric[]))
                                   as v(gender, availability, colour_family, master_category, sub_category,
                                        article_type, currency, lo, hi)),
                             wanted as (select token, min(p.lo) as lo, max(p.hi) as hi, bool_or(p.lo is null) as unpriced
                                        from v p, unnest(%s) token group by token)
                        insert into facet_price_bound as b (token, min_price, max_price, unpriced)
                        select w.token, w.lo, w.hi, w.unpriced from wanted w
                        left join facet_price_bound cur on cur.token = w.token
                        where cur.token is null or w.lo < cur.min_price or w.hi > cur.max_price
                           or (w.lo is not null and cur.min_price is null) or (w.unpriced and not cur.unpriced)
                        order by w.token
                        on conflict (token) do update set min_price = least(b.min_price, excluded.min_price),
                                                          max_price = greatest(b.max_price, excluded.max_price),
                                                          unpriced = b.unpriced or excluded.unpriced
                        """.formatted(PgProductListing.FACETS))
                .param("gender", columns.get(0)).param("availability", columns.get(1))
                .param("family", columns.get(2)).param("master", columns.get(3)).param("sub", columns.get(4))
                .param("type", columns.get(5)).param("currency", columns.get(6))
                .param("lo", lows).param("hi", highs)
                .update();
    }

    /** Bounds on the prices of every product that passes the filters, none of which lacks a price. */
    record Range(BigDecimal min, BigDecimal max) {
    }

    /**
     * The price range of the products passing every group of tokens, where a product passes a group
     * when it has any of its tokens — or null when some of them may lack a price, or nothing is
     * known. A group whose tokens all have ranges bounds the matches by its tokens' widest range,
     * the groups together by the narrowest of those; and no match lacks a price when, in some such
     * group, no token has ever been on a product without one. A token without a row (no product
     * has had it) leaves its group unknown rather than empty, so a missing row can only cost speed.
     */
    static Range range(JdbcClient jdbc, List<List<String>> groups) {
        List<String> tokens = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String token : groups.get(g)) {
                tokens.add(token);
                ids.add(g);
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        return jdbc.sql("""
                        select max(lo) as lo, min(hi) as hi, bool_or(not unpriced) as all_priced from (
                            select t.grp, min(b.min_price) as lo, max(b.max_price) as hi, bool_or(b.unpriced) as unpriced
                            from unnest(cast(:tokens as text[]), cast(:groups as int[])) t(token, grp)
                            left join facet_price_bound b on b.token = t.token
                            group by t.grp
                            having count(b.token) = count(*) and count(b.min_price) = count(*)) known""")
                .param("tokens", tokens.toArray(String[]::new))
                .param("groups", ids.toArray(Integer[]::new))
                .query((rs, i) -> rs.getBoolean("all_priced") && rs.getBigDecimal("lo") != null
                        ? new Range(rs.getBigDecimal("lo"), rs.getBigDecimal("hi")) : null)
                .list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
