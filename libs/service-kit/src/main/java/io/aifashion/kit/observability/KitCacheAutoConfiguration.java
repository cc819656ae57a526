package io.aifashion.kit.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Bean;

/** Enables Spring's cache abstraction with an error handler that bypasses an unreachable Redis. */
@AutoConfiguration
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
@EnableCaching
public class KitCacheAutoConfiguration implements CachingConfigurer {

    private final MeterRegistry meters;

    public KitCacheAutoConfiguration(org.springframework.beans.factory.ObjectProvider<MeterRegistry> meters) {
        this.meters = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
    }

    @Bean
    @Override
    public CacheErrorHandler errorHandler() {
        return new ResilientCacheErrorHandler(meters);
    }
}
