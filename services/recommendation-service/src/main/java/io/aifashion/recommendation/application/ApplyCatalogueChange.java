package io.aifashion.recommendation.application;

import io.aifashion.color.space.Lab;
import io.aifashion.events.payload.ProductColor;
import io.aifashion.events.payload.ProductRemoved;
import io.aifashion.events.payload.ProductUpserted;
import io.aifashion.recommendation.domain.catalogue.Audience;
import io.aifashion.recommendation.domain.catalogue.CatalogueRepository;
import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.catalogue.ProductColour;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the catalogue read model in step with the product service. The trainer notices the change
 * counter move and refreshes the snapshot serving uses (docs/recommendations.md).
 */
@Service
public class ApplyCatalogueChange {

    private final CatalogueRepository catalogue;
    private final Clock clock;

    public ApplyCatalogueChange(CatalogueRepository catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public void upserted(ProductUpserted e) {
        catalogue.upsert(new Product(e.productId(), e.sku(), e.name(), e.brand(), Audience.parse(e.gender()),
                e.masterCategory(), e.subCategory(), e.articleType(), e.price(), e.price() == null ? null : e.currency(),
                e.inStock(), colour(e.primaryColor()), e.seasonTags(), e.usage(), e.imageUrl(), clock.instant()));
    }

    @Transactional
    public void removed(ProductRemoved e) {
        catalogue.remove(e.productId());
    }

    /** A colour without CIELAB is treated as unknown even if a hex came along (CIELAB is what ranking uses). */
    static ProductColour colour(ProductColor c) {
        if (c == null) {
            return ProductColour.unknown("unknown");
        }
        if (c.hex() == null || c.lab() == null) {
            return ProductColour.unknown(c.family());
        }
        return new ProductColour(c.hex(), new Lab(c.lab().l(), c.lab().a(), c.lab().b()), c.family());
    }
}
