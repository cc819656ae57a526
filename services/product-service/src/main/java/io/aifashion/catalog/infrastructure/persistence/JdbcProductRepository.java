package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductColour;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.ProductRepository;
import io.aifashion.catalog.domain.SkuTakenException;
import io.aifashion.catalog.domain.search.LabGrid;
import io.aifashion.catalog.domain.shade.ShadeCatalogue;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Products in PostgreSQL: single reads and writes, and the shade list. */
public class JdbcProductRepository implements ProductRepository, ShadeCatalogue {

    private final JdbcClient jdbc;
    private final ProductRows rows;

    public JdbcProductRepository(JdbcClient jdbc, ProductRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public Optional<Product> findById(UUID id) {
        return jdbc.sql("select " + ProductRows.COLUMNS + " from product p where p.id = :id")
                .param("id", id)
                .query((rs, i) -> rows.map(rs))
                .optional();
    }

    @Override
    public List<Product> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ProductRows.COLUMNS + " from product p where p.id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, i) -> rows.map(rs))
                .list();
    }

    @Override
    public boolean insert(Product product) {
        int inserted = jdbc.sql("insert into product (" + ProductRows.WRITE_COLUMNS + ") values (" + VALUES
                        + ") on conflict (sku) do nothing")
                .paramSource(params(product))
                .update();
        if (inserted == 0) {
            return false;
        }
        insertColours(product);
        FacetPriceBounds.widen(jdbc, List.of(product));
        return true;
    }

    @Override
    public boolean update(Product product) {
        int updated;
        try {
            updated = jdbc.sql("""
                            update product set sku = :sku, name = :name, brand = :brand, gender = :gender,
                              master_category = :master_category, sub_category = :sub_category,
                              article_type = :article_type, price = :price, currency = :currency,
                              sizes = :sizes, image_url = :image_url, seasons = :seasons, usages = :usages,
                              year = :year, availability = :availability, colour_name = :colour_name,
                              colour_hex = :colour_hex, colour_l = :colour_l, colour_a = :colour_a,
                              colour_b = :colour_b, colour_family = :colour_family,
                              secondary_colours = cast(:secondary_colours as jsonb), shade_name = :shade_name,
                              shade_hex = :shade_hex, shade_monk = :shade_monk, content_hash = :content_hash,
                              updated_at = :updated_at
                            where id = :id""")
                    .paramSource(params(product))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new SkuTakenException(product.content().sku());
        }
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from product_colour where product_id = :id").param("id", product.id()).update();
        insertColours(product);
        FacetPriceBounds.widen(jdbc, List.of(product));
        return true;
    }

    @Override
    public boolean delete(UUID id) {
        return jdbc.sql("delete from product where id = :id").param("id", id).update() > 0;
    }

    @Override
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from product)").query(Boolean.class).single();
    }

    @Override
    public void lockForWrites() {
        jdbc.sql(CatalogueLock.SQL).query((rs, i) -> 1).list();
    }

    @Override
    public List<Product> shades(String brand) {
        String sql = "select " + ProductRows.COLUMNS + " from product p where p.shade_hex is not null"
                + (brand == null ? "" : " and lower(p.brand) = lower(:brand)");
        var spec = jdbc.sql(sql);
        if (brand != null) {
            spec = spec.param("brand", brand);
        }
        return spec.query((rs, i) -> rows.map(rs)).list();
    }

    private static final String VALUES = """
            :id, :sku, :name, :brand, :gender, :master_category, :sub_category, :article_type, :price, :currency,
            :sizes, :image_url, :seasons, :usages, :year, :availability, :colour_name, :colour_hex, :colour_l,
            :colour_a, :colour_b, :colour_family, cast(:secondary_colours as jsonb), :shade_name, :shade_hex,
            :shade_monk, :content_hash, :created_at, :updated_at""";

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Product product) {
        ProductContent c = product.content();
        ProductColour primary = c.primaryColour();
        var p = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
        p.addValue("id", product.id());
        p.addValue("sku", c.sku());
        p.addValue("name", c.name());
        p.addValue("brand", c.brand());
        p.addValue("gender", c.gender().code());
        p.addValue("master_category", c.category().masterCategory());
        p.addValue("sub_category", c.category().subCategory());
        p.addValue("article_type", c.category().articleType());
        p.addValue("price", c.price() == null ? null : c.price().amount(), java.sql.Types.NUMERIC);
        p.addValue("currency", c.price() == null ? null : c.price().currency(), java.sql.Types.CHAR);
        p.addValue("sizes", c.sizes().toArray(String[]::new));
        p.addValue("image_url", c.imageUrl(), java.sql.Types.VARCHAR);
        p.addValue("seasons", c.seasons().toArray(String[]::new));
        p.addValue("usages", c.usages().toArray(String[]::new));
        p.addValue("year", c.year(), java.sql.Types.SMALLINT);
        p.addValue("availability", c.availability().code());
        p.addValue("colour_name", primary.name(), java.sql.Types.VARCHAR);
        p.addValue("colour_hex", primary.hex(), java.sql.Types.CHAR);
        p.addValue("colour_l", primary.known() ? primary.lab().l() : null, java.sql.Types.DOUBLE);
        p.addValue("colour_a", primary.known() ? primary.lab().a() : null, java.sql.Types.DOUBLE);
        p.addValue("colour_b", primary.known() ? primary.lab().b() : null, java.sql.Types.DOUBLE);
        p.addValue("colour_family", primary.family().code());
        p.addValue("secondary_colours", rows.coloursJson(c.secondaryColours()));
        p.addValue("shade_name", c.shade() == null ? null : c.shade().name(), java.sql.Types.VARCHAR);
        p.addValue("shade_hex", c.shade() == null ? null : c.shade().hex(), java.sql.Types.CHAR);
        p.addValue("shade_monk", c.shade() == null ? null : c.shade().monkTone(), java.sql.Types.SMALLINT);
        p.addValue("content_hash", c.contentHash());
        p.addValue("created_at", ProductRows.timestamp(product.createdAt()));
        p.addValue("updated_at", ProductRows.timestamp(product.updatedAt()));
        return p;
    }

    private void insertColours(Product product) {
        List<ProductColour> colours = product.content().colours();
        String[] keys = product.content().category().keys().toArray(String[]::new);
        List<ProductColour> known = colours.stream().filter(ProductColour::known).toList();
        ColourRows.insertNew(jdbc, known);
        if (!colours.isEmpty() && colours.getFirst().known()) {
            ColourRows.insertNewPrimaries(jdbc, List.of(colours.getFirst()));
        }
        ColourRows.insertNewPairs(jdbc, known.stream().distinct()
                .flatMap(c -> product.content().category().keys().stream().map(k -> new ColourRows.InCategory(k, c)))
                .distinct().toList());
        for (int position = 0; position < colours.size(); position++) {
            ProductColour c = colours.get(position);
            if (!c.known()) {
                continue;
            }
            jdbc.sql("""
                    insert into product_colour (product_id, position, rgb, category_keys, cell)
                    values (:id, :position, :rgb, :keys, :cell)""")
                    .param("id", product.id())
                    .param("position", position)
                    .param("rgb", ColourRows.rgb(c))
                    .param("keys", keys)
                    .param("cell", LabGrid.cellOf(c.lab()))
                    .update();
        }
    }
}
