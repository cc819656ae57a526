package io.aifashion.catalog.domain.shade;

import java.util.List;

/** A brand's nearest shades, best first. */
public record BrandShades(String brand, List<ShadeMatch> shades) {
    public BrandShades {
        shades = List.copyOf(shades);
    }

    public double best() {
        return shades.getFirst().deltaE();
    }
}
