package io.aifashion.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.color.naming.ColorNameDictionary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo catalogue is varied where it must be and reproducible. */
class DemoCatalogueTest {

    static List<ProductContent> generate(int n, long seed) {
        List<ProductContent> out = new ArrayList<>();
        new DemoCatalogue(ColorNameDictionary.standard()).generate(n, seed).forEachRemaining(out::add);
        return out;
    }

    @Test
    void coversGendersCategoriesTheColourWheelAndTheMonkScale() {
        List<ProductContent> products = generate(6000, 42);
        assertThat(products).hasSize(6000);
        assertThat(products.stream().map(ProductContent::sku).collect(Collectors.toSet())).hasSize(6000);
        assertThat(products.stream().map(p -> p.gender()).collect(Collectors.toSet())).hasSize(5);
        assertThat(products.stream().map(p -> p.category().articleType()).collect(Collectors.toSet()))
                .hasSizeGreaterThan(20);
        assertThat(products).allSatisfy(p -> assertThat(p.price()).isNotNull());
        // Every 30° sector of CIELAB hue among the chromatic colours.
        Set<Integer> sectors = new HashSet<>();
        products.stream().map(ProductContent::primaryColour)
                .filter(c -> c.lab().chroma() > 15)
                .forEach(c -> sectors.add((int) (c.lab().hue() / 30)));
        assertThat(sectors).hasSize(12);
        List<ProductContent> shades = products.stream().filter(p -> p.shade() != null).toList();
        assertThat(shades).hasSizeBetween(200, 400);
        assertThat(shades.stream().map(p -> p.shade().monkTone()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(shades.stream().map(ProductContent::brand).collect(Collectors.toSet())).hasSize(10);
    }

    @Test
    void theSameSeedGivesTheSameCatalogue() {
        List<Long> a = generate(500, 7).stream().map(ProductContent::contentHash).toList();
        List<Long> b = generate(500, 7).stream().map(ProductContent::contentHash).toList();
        List<Long> c = generate(500, 8).stream().map(ProductContent::contentHash).toList();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }
}
