package io.aifashion.recommendation.infrastructure;

import io.aifashion.recommendation.application.RecommendationProperties;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Users' lists live in Redis for 30 minutes (configurable), evicted sooner by their own interactions,
 * palette or preferences. Clearing (rebuilds, experiment changes) scans keys in batches rather than
 * with KEYS, which would block a shared Redis.
 */
@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

    @Bean
    public RedisCacheManagerBuilderCustomizer recommendationCaches(RecommendationProperties properties,
                                                                   RedisConnectionFactory redis) {
        return builder -> builder
                .cacheWriter(RedisCacheWriter.nonLockingRedisCacheWriter(redis, BatchStrategies.scan(1000)))
                .withCacheConfiguration(RedisRecommendationCache.CACHE, RedisCacheConfiguration.defaultCacheConfig()
                        .entryTtl(properties.cache().timeToLive()).prefixCacheNameWith("recommendation:"));
    }
}
