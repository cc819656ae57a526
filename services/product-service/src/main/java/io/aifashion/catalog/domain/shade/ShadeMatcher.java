package io.aifashion.catalog.domain.shade;

import io.aifashion.catalog.domain.Product;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for a skin colour, the nearest shades of every brand by CIEDE2000. A shade range is a few
 * dozen products per brand, so an exact comparison against every shade is both simplest and fast.
 */
public final class ShadeMatcher {

    private ShadeMatcher() {
    }

    /**
     * @param skin     the colour to match
     * @param shades   complexion products (each with a shade)
     * @param perBrand how many shades to keep per brand
     * @return brands ordered by their best match, each with its nearest shades
     */
    public static List<BrandShades> match(Lab skin, List<Product> shades, int perBrand) {
        Map<String, List<ShadeMatch>> byBrand = new LinkedHashMap<>();
        for (Product p : shades) {
            if (p.content().shade() == null) {
                continue;
            }
            double d = Ciede2000.deltaE(skin, p.content().shade().lab());
            String brand = p.content().brand() == null ? "" : p.content().brand();
            byBrand.computeIfAbsent(brand, b -> new ArrayList<>()).add(new ShadeMatch(p, d, MatchGrade.of(d)));
        }
        Comparator<ShadeMatch> nearest = Comparator.comparingDouble(ShadeMatch::deltaE)
                .thenComparing(m -> m.product().id());
        List<BrandShades> result = new ArrayList<>();
        byBrand.forEach((brand, list) -> {
            list.sort(nearest);
            result.add(new BrandShades(brand, list.subList(0, Math.min(perBrand, list.size()))));
        });
        result.sort(Comparator.comparingDouble(BrandShades::best).thenComparing(BrandShades::brand));
        return result;
    }
}
