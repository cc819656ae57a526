package io.aifashion.catalog.infrastructure.config;

import io.aifashion.catalog.application.CatalogueMetrics;
import io.aifashion.catalog.application.CatalogueWriter;
import io.aifashion.catalog.application.DemoCatalogue;
import io.aifashion.catalog.application.GetProduct;
import io.aifashion.catalog.application.ImportProducts;
import io.aifashion.catalog.application.RegenerateDemoCatalogue;
import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.importing.ProductRowMapper;
import io.aifashion.catalog.infrastructure.events.OutboxProductEvents;
import io.aifashion.catalog.infrastructure.importing.ProductSources;
import io.aifashion.catalog.infrastructure.metrics.MicrometerCatalogueMetrics;
import io.aifashion.catalog.infrastructure.persistence.JdbcProductRepository;
import io.aifashion.catalog.infrastructure.persistence.PgBulkProductStore;
import io.aifashion.catalog.infrastructure.persistence.PgColourCandidates;
import io.aifashion.catalog.infrastructure.persistence.PgCopy;
import io.aifashion.catalog.infrastructure.persistence.PgProductListing;
import io.aifashion.catalog.infrastructure.persistence.ProductRows;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.events.EventCodec;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.kit.events.OutboxRelay;
import io.aifashion.kit.observability.TraceIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires the catalogue's adapters to its ports. */
@Configuration(proxyBeanMethods = false)
public class CatalogueConfiguration {

    /** Jackson for the service's own storage formats (not the HTTP mapper, whose settings may change). */
    private static final JsonMapper STORAGE_JSON = JsonMapper.builder().build();

    @Bean
    ColorNameDictionary colourNames() {
        return ColorNameDictionary.standard();
    }

    @Bean
    ProductRows productRows() {
        return new ProductRows(STORAGE_JSON);
    }

    @Bean
    JdbcProductRepository productRepository(JdbcClient jdbc, ProductRows rows) {
        return new JdbcProductRepository(jdbc, rows);
    }

    @Bean
    PgProductListing productListing(JdbcClient jdbc, ProductRows rows, CatalogueProperties props) {
        return new PgProductListing(jdbc, rows, props.listingWindow());
    }

    @Bean
    PgColourCandidates colourCandidates(DataSource dataSource) {
        return new PgColourCandidates(dataSource);
    }

    @Bean
    PgCopy pgCopy(DataSource dataSource) {
        return new PgCopy(dataSource);
    }

    @Bean
    PgBulkProductStore bulkProductStore(DataSource dataSource, JdbcClient jdbc, PgCopy copy, ProductRows rows,
                                        Clock clock) {
        return new PgBulkProductStore(dataSource, jdbc, copy, rows, clock);
    }

    @Bean
    OutboxProductEvents productEvents(EventPublisher publisher, EventCodec codec, PgCopy copy, TraceIds traceIds,
                                      ObjectProvider<OutboxRelay> relay, Clock clock) {
        return new OutboxProductEvents(publisher, codec, copy, traceIds, relay.getIfAvailable(), clock);
    }

    @Bean
    ProductRowMapper productRowMapper(ColorNameDictionary names) {
        return new ProductRowMapper(names);
    }

    @Bean
    ProductSources productSources() {
        return new ProductSources(STORAGE_JSON);
    }

    @Bean
    ImportProducts importProducts(ProductRowMapper mapper, CatalogueWriter writer, CatalogueProperties props,
                                  CatalogueMetrics metrics) {
        return new ImportProducts(mapper, writer, props.importBatchSize(), metrics);
    }

    @Bean
    MicrometerCatalogueMetrics catalogueMetrics(MeterRegistry registry) {
        return new MicrometerCatalogueMetrics(registry);
    }

    @Bean
    DemoCatalogue demoCatalogue(ColorNameDictionary names) {
        return new DemoCatalogue(names);
    }

    @Bean
    RegenerateDemoCatalogue regenerateDemoCatalogue(DemoCatalogue generator, CatalogueWriter writer,
                                                    CatalogueProperties props) {
        return new RegenerateDemoCatalogue(generator, writer, props.importBatchSize());
    }

    /**
     * Products are cached as their API JSON document (bytes, written and read by the web layer's
     * {@code ProductJson}) under the key prefix {@code catalog:}.
     * The cache is transaction-aware: an eviction made inside a transaction happens after it
     * commits, so a reader cannot re-cache the old value between eviction and commit. Writes to
     * Redis are immediate: Spring Data Redis otherwise sends puts and evictions asynchronously, and
     * a read's put could then overtake the eviction that follows it, leaving a stale entry.
     */
    @Bean
    RedisCacheManagerBuilderCustomizer productCache(CatalogueProperties props, RedisConnectionFactory redis) {
        RedisCacheConfiguration products = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(props.productCacheTtl())
                .disableCachingNullValues()
                .prefixCacheNameWith("catalog:")
                .serializeValuesWith(RedisSerializationContext.SerializationPair.byteArray());
        return builder -> builder.cacheWriter(RedisCacheWriter.create(redis, writer -> writer.immediateWrites()))
                .withCacheConfiguration(GetProduct.CACHE, products).transactionAware();
    }
}
