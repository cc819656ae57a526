package io.aifashion.recommendation.infrastructure;

import io.aifashion.color.space.Lab;
import io.aifashion.recommendation.domain.catalogue.Audience;
import io.aifashion.recommendation.domain.catalogue.CatalogueRepository;
import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.catalogue.ProductColour;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue read model in PostgreSQL. */
@Repository
public class JdbcCatalogueRepository implements CatalogueRepository {

    private final JdbcClient jdbc;

    public JdbcCatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void upsert(Product p) {
        Optional<Lab> lab = p.primaryColour().labIfKnown();
        jdbc.sql("""
                insert into product (id, sku, name, brand, gender, master_category, sub_category, article_type, price,
                    currency, in_stock, primary_hex, primary_l, primary_a, primary_b, primary_family, season_tags, usage,
                    image_url, first_seen_at, updated_at, removed_at, change_seq)
                values (:id, :sku, :name, :brand, :gender, :master, :sub, :type, :price, :currency, :inStock, :hex, :l, :a,
                    :b, :family, :tags, :usage, :image, :at, :at, null, nextval('catalogue_change_seq'))
                on conflict (id) do update set sku = excluded.sku, name = excluded.name, brand = excluded.brand,
                    gender = excluded.gender, master_category = excluded.master_category,
                    sub_category = excluded.sub_category, article_type = excluded.article_type, price = excluded.price,
                    currency = excluded.currency, in_stock = excluded.in_stock, primary_hex = excluded.primary_hex,
                    primary_l = excluded.primary_l, primary_a = excluded.primary_a, primary_b = excluded.primary_b,
                    primary_family = excluded.primary_family, season_tags = excluded.season_tags,
                    usage = excluded.usage, image_url = excluded.image_url, updated_at = excluded.updated_at,
                    first_seen_at = case when product.removed_at is null then product.first_seen_at
                                         else excluded.first_seen_at end,
                    removed_at = null, change_seq = excluded.change_seq
                """)
                .param("id", p.id()).param("sku", p.sku()).param("name", p.name()).param("brand", p.brand())
                .param("gender", p.audience().code()).param("master", p.masterCategory())
                .param("sub", p.subCategory()).param("type", p.articleType()).param("price", p.price())
                .param("currency", p.currency()).param("inStock", p.inStock())
                .param("hex", p.primaryColour().hex())
                .param("l", lab.map(Lab::l).orElse(null)).param("a", lab.map(Lab::a).orElse(null))
                .param("b", lab.map(Lab::b).orElse(null)).param("family", p.primaryColour().family())
                .param("tags", p.seasonTags().toArray(String[]::new)).param("usage", p.usage())
                .param("image", p.imageUrl()).param("at", Timestamp.from(p.firstSeenAt()))
                .update();
    }

    @Override
    public boolean remove(String productId) {
        return jdbc.sql("""
                update product set removed_at = now(), change_seq = nextval('catalogue_change_seq')
                where id = :id and removed_at is null
                """).param("id", productId).update() > 0;
    }

    @Override
    public List<Product> all() {
        return jdbc.sql("select * from product where removed_at is null").query(JdbcCatalogueRepository::map).list();
    }

    @Override
    public Optional<Product> find(String productId) {
        return jdbc.sql("select * from product where id = :id and removed_at is null").param("id", productId)
                .query(JdbcCatalogueRepository::map).optional();
    }

    @Override
    public Set<String> existing(Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from product where id in (:ids) and removed_at is null")
                .param("ids", List.copyOf(productIds)).query(String.class).list());
    }

    @Override
    public long changeMarker() {
        return jdbc.sql("select coalesce(max(change_seq), 0) from product").query(Long.class).single();
    }

    static Product map(ResultSet rs, int row) throws SQLException {
        String hex = rs.getString("primary_hex");
        double l = rs.getDouble("primary_l");
        boolean labKnown = !rs.wasNull();
        ProductColour colour = hex != null && labKnown
                ? new ProductColour(hex, new Lab(l, rs.getDouble("primary_a"), rs.getDouble("primary_b")),
                        rs.getString("primary_family"))
                : ProductColour.unknown(rs.getString("primary_family"));
        return new Product(rs.getString("id"), rs.getString("sku"), rs.getString("name"), rs.getString("brand"),
                Audience.parse(rs.getString("gender")), rs.getString("master_category"), rs.getString("sub_category"),
                rs.getString("article_type"), rs.getBigDecimal("price"), rs.getString("currency"),
                rs.getBoolean("in_stock"), colour, strings(rs.getArray("season_tags")), rs.getString("usage"),
                rs.getString("image_url"), rs.getTimestamp("first_seen_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
