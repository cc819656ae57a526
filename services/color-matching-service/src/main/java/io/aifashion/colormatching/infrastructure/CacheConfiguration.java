package io.aifashion.colormatching.infrastructure;

import java.time.Duration;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;

/**
 * Season palettes are pure functions of the season and the library version, so they are cached
 * for a week; a user's palette for 30 minutes, evicted when a new one is computed or the user is
 * deleted.
 */
@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

    @Bean
    public RedisCacheManagerBuilderCustomizer colourCaches() {
        return builder -> builder
                .withCacheConfiguration("season-palette", RedisCacheConfiguration.defaultCacheConfig()
                        .entryTtl(Duration.ofDays(7)).prefixCacheNameWith("colormatching:"))
                .withCacheConfiguration("my-palette", RedisCacheConfiguration.defaultCacheConfig()
                        .entryTtl(Duration.ofMinutes(30)).prefixCacheNameWith("colormatching:"));
    }
}
