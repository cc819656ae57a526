package io.aifashion.catalog.infrastructure.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The catalogue's own settings ({@code aifashion.catalog.*}).
 *
 * @param importBatchSize  rows per import transaction
 * @param importMaxBytes   the largest import body accepted over HTTP
 * @param productCacheTtl  how long a product stays in the Redis cache (changes evict it at once)
 * @param listingWindow    rows of the sort order a listing first looks at before filtering first
 */
@ConfigurationProperties("aifashion.catalog")
public record CatalogueProperties(int importBatchSize, long importMaxBytes, Duration productCacheTtl,
                                  int listingWindow) {
    public CatalogueProperties {
        listingWindow = listingWindow <= 0 ? 20_000 : listingWindow;
        importBatchSize = importBatchSize <= 0 ? 5000 : importBatchSize;
        importMaxBytes = importMaxBytes <= 0 ? 200L * 1024 * 1024 : importMaxBytes;
        productCacheTtl = productCacheTtl == null ? Duration.ofMinutes(10) : productCacheTtl;
    }
}
