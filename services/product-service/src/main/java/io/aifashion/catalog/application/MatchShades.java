package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.shade.BrandShades;
import io.aifashion.catalog.domain.shade.ShadeCatalogue;
import io.aifashion.catalog.domain.shade.ShadeMatcher;
import io.aifashion.color.space.Lab;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The nearest foundation shades of each brand to a skin colour. */
@Service
public class MatchShades {

    public static final int MAX_PER_BRAND = 10;

    private final ShadeCatalogue shades;

    public MatchShades(ShadeCatalogue shades) {
        this.shades = shades;
    }

    @Transactional(readOnly = true)
    public List<BrandShades> match(Lab skin, String brand, int perBrand) {
        if (perBrand < 1 || perBrand > MAX_PER_BRAND) {
            throw new InvalidProductException("perBrand", "perBrand must be between 1 and " + MAX_PER_BRAND
                    + "; got " + perBrand);
        }
        return ShadeMatcher.match(skin, shades.shades(brand), perBrand);
    }
}
