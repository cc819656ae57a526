package io.aifashion.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Products validate themselves and name the field that is wrong. */
class ProductContentTest {

    static ProductContent valid(String sku) {
        return new ProductContent(sku, "Oxford Shirt", "Northwind", Gender.MEN,
                new CategoryPath("Apparel", "Topwear", "Shirts"), new Money(new BigDecimal("49.90"), "eur"),
                List.of("S", "M", "M"), "https://img.example.com/a.jpg", List.of("Summer"), List.of("Casual"), 2024,
                Availability.IN_STOCK, ProductColour.of("Navy Blue", "#1F2A44"),
                List.of(ProductColour.unknown("Multi")), null);
    }

    @Test
    void normalisesWhatItKeeps() {
        ProductContent p = valid("SKU-1");
        assertThat(p.price().currency()).isEqualTo("EUR");
        assertThat(p.sizes()).containsExactly("S", "M");
        assertThat(p.primaryColour().hex()).isEqualTo("#1f2a44");
        assertThat(p.primaryColour().family()).isEqualTo(ColourFamily.BLUE);
        assertThat(p.secondaryColours().getFirst().known()).isFalse();
        assertThat(p.secondaryColours().getFirst().family()).isEqualTo(ColourFamily.UNKNOWN);
    }

    @Test
    void theDigestChangesWithAnyFieldAndOnlyThen() {
        assertThat(valid("SKU-1").contentHash()).isEqualTo(valid("SKU-1").contentHash());
        assertThat(valid("SKU-1").contentHash()).isNotEqualTo(valid("SKU-2").contentHash());
        ProductContent p = valid("SKU-1");
        ProductContent cheaper = new ProductContent(p.sku(), p.name(), p.brand(), p.gender(), p.category(),
                new Money(new BigDecimal("39.90"), "EUR"), p.sizes(), p.imageUrl(), p.seasons(), p.usages(),
                p.year(), p.availability(), p.primaryColour(), p.secondaryColours(), p.shade());
        assertThat(cheaper.contentHash()).isNotEqualTo(p.contentHash());
    }

    @Test
    void rejectsBadValuesNamingTheField() {
        assertThatThrownBy(() -> new Money(new BigDecimal("-1"), "EUR"))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.field()).isEqualTo("price"));
        assertThatThrownBy(() -> new Money(new BigDecimal("1.234"), "EUR"))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.field()).isEqualTo("price"));
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "euro"))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> ProductColour.of("x", "#12345"))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.field()).isEqualTo("colour.hex"));
        assertThatThrownBy(() -> new CategoryPath("Apparel", " ", "Shirts"))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.field()).isEqualTo("subCategory"));
        assertThatThrownBy(() -> Gender.parse("male", "gender"))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.field()).isEqualTo("gender"));
        ProductContent p = valid("SKU-1");
        assertThatThrownBy(() -> new ProductContent("bad sku!", p.name(), p.brand(), p.gender(), p.category(),
                p.price(), p.sizes(), p.imageUrl(), p.seasons(), p.usages(), p.year(), p.availability(),
                p.primaryColour(), p.secondaryColours(), p.shade()))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.field()).isEqualTo("sku"));
        assertThatThrownBy(() -> new ProductContent(p.sku(), p.name(), p.brand(), p.gender(), p.category(),
                p.price(), p.sizes(), "javascript:alert(1)", p.seasons(), p.usages(), p.year(), p.availability(),
                p.primaryColour(), p.secondaryColours(), p.shade()))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.field()).isEqualTo("imageUrl"));
    }

    @Test
    void aShadeIsPlacedOnTheMonkScale() {
        assertThat(Shade.of("110 Porcelain", "#f6ede4").monkTone()).isEqualTo(1);
        assertThat(Shade.of("590 Ebony", "#292420").monkTone()).isEqualTo(10);
    }

    @Test
    void brandsAreGuessedFromStylesDisplayNames() {
        assertThat(io.aifashion.catalog.domain.importing.BrandGuess.fromDisplayName("Peter England Men Party Blue Jeans"))
                .isEqualTo("Peter England");
        assertThat(io.aifashion.catalog.domain.importing.BrandGuess.fromDisplayName("Puma Men's Foundation Grey Polo"))
                .isEqualTo("Puma");
        assertThat(io.aifashion.catalog.domain.importing.BrandGuess.fromDisplayName("Lakme 9to5 Flawless Makeup"))
                .isEqualTo("Lakme");
    }
}
