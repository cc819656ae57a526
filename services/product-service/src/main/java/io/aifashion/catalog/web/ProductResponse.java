package io.aifashion.catalog.web;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductColour;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.Shade;
import io.aifashion.color.space.Lab;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product as the API shows it. Colours carry hex, CIELAB (D65, two decimals) and family. */
public record ProductResponse(
        UUID id,
        String sku,
        String name,
        String brand,
        String gender,
        String masterCategory,
        String subCategory,
        String articleType,
        Price price,
        List<String> sizes,
        String imageUrl,
        List<String> seasons,
        List<String> usages,
        Integer year,
        String availability,
        boolean inStock,
        Colour primaryColor,
        List<Colour> secondaryColors,
        ShadeView shade,
        Instant createdAt,
        Instant updatedAt) {

    public record Price(BigDecimal amount, String currency) {
    }

    public record LabView(double l, double a, double b) {
        static LabView of(Lab lab) {
            return lab == null ? null : new LabView(round(lab.l()), round(lab.a()), round(lab.b()));
        }
    }

    public record Colour(String name, String hex, LabView lab, String family) {
        static Colour of(ProductColour c) {
            return new Colour(c.name(), c.hex(), LabView.of(c.lab()), c.family().code());
        }
    }

    public record ShadeView(String name, String hex, LabView lab, int monkTone) {
        static ShadeView of(Shade s) {
            return s == null ? null : new ShadeView(s.name(), s.hex(), LabView.of(s.lab()), s.monkTone());
        }
    }

    public static ProductResponse of(Product p) {
        ProductContent c = p.content();
        return new ProductResponse(p.id(), c.sku(), c.name(), c.brand(), c.gender().code(),
                c.category().masterCategory(), c.category().subCategory(), c.category().articleType(),
                c.price() == null ? null : new Price(c.price().amount(), c.price().currency()),
                c.sizes(), c.imageUrl(), c.seasons(), c.usages(), c.year(), c.availability().code(), c.inStock(),
                Colour.of(c.primaryColour()), c.secondaryColours().stream().map(Colour::of).toList(),
                ShadeView.of(c.shade()), p.createdAt(), p.updatedAt());
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
