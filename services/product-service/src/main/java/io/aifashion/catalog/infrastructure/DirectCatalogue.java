package io.aifashion.catalog.infrastructure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.aifashion.catalog.application.CatalogueWriter;
import io.aifashion.catalog.application.DemoCatalogue;
import io.aifashion.catalog.application.ImportProducts;
import io.aifashion.catalog.application.ImportProgress;
import io.aifashion.catalog.application.ImportReport;
import io.aifashion.catalog.application.RegenerateDemoCatalogue;
import io.aifashion.catalog.domain.importing.ProductRowMapper;
import io.aifashion.catalog.domain.importing.ProductSource;
import io.aifashion.catalog.infrastructure.events.OutboxProductEvents;
import io.aifashion.catalog.infrastructure.importing.ProductSources;
import io.aifashion.catalog.infrastructure.metrics.MicrometerCatalogueMetrics;
import io.aifashion.catalog.infrastructure.persistence.JdbcProductRepository;
import io.aifashion.catalog.infrastructure.persistence.PgBulkProductStore;
import io.aifashion.catalog.infrastructure.persistence.PgCopy;
import io.aifashion.catalog.infrastructure.persistence.ProductRows;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.events.EventCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue's bulk use cases straight against a PostgreSQL database, without a running
 * service: {@code ai-fashion import products --direct} and {@code ai-fashion demo-data --direct}.
 * Applies the service's migrations first (so an empty database works), writes through exactly the
 * same code as the service — one transaction per batch, one outbox event per changed product —
 * and leaves the events in the outbox, where the product service's relay sends them to Kafka when
 * it runs. A running service's Redis cache is not evicted: entries expire after their TTL.
 */
public final class DirectCatalogue implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final ImportProducts imports;
    private final RegenerateDemoCatalogue demo;
    private final ProductSources sources;

    private DirectCatalogue(HikariDataSource dataSource, int batchSize) {
        this.dataSource = dataSource;
        JsonMapper json = JsonMapper.builder().build();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Clock clock = Clock.systemUTC();
        ProductRows rows = new ProductRows(json);
        PgCopy copy = new PgCopy(dataSource);
        CatalogueWriter writer = new CatalogueWriter(new DataSourceTransactionManager(dataSource),
                new JdbcProductRepository(jdbc, rows), new PgBulkProductStore(dataSource, jdbc, copy, rows, clock),
                new OutboxProductEvents(null, new EventCodec(), copy, null, null, clock), new NoOpCacheManager());
        ColorNameDictionary names = ColorNameDictionary.standard();
        // No exporter in a command-line run: the meters are kept in memory and dropped with it.
        this.imports = new ImportProducts(new ProductRowMapper(names), writer, batchSize,
                new MicrometerCatalogueMetrics(new SimpleMeterRegistry()));
        this.demo = new RegenerateDemoCatalogue(new DemoCatalogue(names), writer, batchSize);
        this.sources = new ProductSources(json);
    }

    /** Connects, migrates the schema if needed, and readies the use cases. */
    public static DirectCatalogue open(String jdbcUrl, String user, String password, int batchSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        // The bulk-writer lock's connection and the two batch writers' (application.BatchPipeline).
        config.setMaximumPoolSize(3);
        config.setPoolName("catalog-direct");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/catalog", "classpath:db/kit").load().migrate();
            return new DirectCatalogue(ds, batchSize);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    public ImportReport importFile(Path file, String format, ImportProgress progress) {
        try (InputStream in = Files.newInputStream(file);
             ProductSource source = sources.open(format == null ? ProductSources.formatOf(file.toString()) : format,
                     in, -1)) {
            return imports.run(source, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RegenerateDemoCatalogue.Report regenerateDemo(int products, long seed, ImportProgress progress) {
        return demo.run(products, seed, progress);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
