package io.aifashion.catalog.infrastructure.config;

import io.aifashion.catalog.application.ImportProgress;
import io.aifashion.catalog.application.RegenerateDemoCatalogue;
import io.aifashion.catalog.domain.ProductRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo catalogue on first start: when {@code aifashion.demo-data.enabled} is true and the
 * catalogue is empty, in a background thread once the service is ready, so start-up is not held
 * up. A second instance racing the first finds the products it would write already there (the
 * generator is deterministic and imports are idempotent by SKU), so nothing is doubled.
 */
@Component
public class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoDataProperties props;
    private final ProductRepository products;
    private final RegenerateDemoCatalogue regenerate;

    public DemoDataSeeder(DemoDataProperties props, ProductRepository products, RegenerateDemoCatalogue regenerate) {
        this.props = props;
        this.products = products;
        this.regenerate = regenerate;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedWhenEmpty() {
        if (!props.enabled()) {
            return;
        }
        Thread.ofVirtual().name("catalog-demo-seed").start(() -> {
            try {
                if (!products.isEmpty()) {
                    return;
                }
                var report = regenerate.run(props.products(), props.seed(), ImportProgress.NONE);
                log.info("Demo catalogue: {} products generated in {} ms", report.created(), report.millis());
            } catch (RuntimeException e) {
                log.error("Demo catalogue could not be generated: {}", e.getMessage(), e);
            }
        });
    }
}
