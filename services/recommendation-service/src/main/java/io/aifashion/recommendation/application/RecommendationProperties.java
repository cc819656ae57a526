package io.aifashion.recommendation.application;

import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.RankingVariant;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's settings ({@code aifashion.recommendation.*}; defaults in recommendation-service.yml and
 * here, documented in docs/recommendations.md).
 */
@ConfigurationProperties("aifashion.recommendation")
public record RecommendationProperties(Training training, Serving serving, Cache cache, Trending trending,
                                       Refresh refresh) {

    public RecommendationProperties {
        training = training == null ? new Training(null, 0, null, 0, 0, 0, 0, 0) : training;
        serving = serving == null ? new Serving(null, -1, 0) : serving;
        cache = cache == null ? new Cache(null, 0) : cache;
        trending = trending == null ? new Trending(null, null) : trending;
        refresh = refresh == null ? new Refresh(-1) : refresh;
    }

    /**
     * @param interval           retrain at least this often while new interactions arrive
     * @param minNewInteractions retrain as soon as this many interactions arrived since the last training
     * @param pollInterval       how often the trainer looks for catalogue changes and new interactions
     * @param threads            worker threads for training (kept low: serving shares the cores)
     * @param easeMaxItems       EASE is trained only up to this many products (dense items² matrices)
     */
    public record Training(Duration interval, int minNewInteractions, Duration pollInterval, int threads,
                           int easeMaxItems, int knnNeighbours, int ialsFactors, int ialsIterations) {
        public Training {
            interval = interval == null ? Duration.ofMinutes(10) : interval;
            minNewInteractions = minNewInteractions <= 0 ? 500 : minNewInteractions;
            pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
            threads = threads <= 0 ? 1 : threads;
            easeMaxItems = easeMaxItems <= 0 ? 2000 : easeMaxItems;
            knnNeighbours = knnNeighbours <= 0 ? 100 : knnNeighbours;
            ialsFactors = ialsFactors <= 0 ? 64 : ialsFactors;
            ialsIterations = ialsIterations <= 0 ? 12 : ialsIterations;
        }
    }

    /**
     * @param defaultAlgorithm the collaborative side outside experiments
     * @param diversity        MMR λ outside experiments (1 = no diversification)
     * @param maxLimit         the largest {@code limit} a request may ask for
     */
    public record Serving(String defaultAlgorithm, double diversity, int maxLimit) {
        public Serving {
            defaultAlgorithm = defaultAlgorithm == null ? Algorithm.ITEM_KNN.label() : defaultAlgorithm;
            if (Algorithm.parse(defaultAlgorithm).isEmpty()) {
                throw new IllegalArgumentException("aifashion.recommendation.serving.default-algorithm must be one of "
                        + Algorithm.labels() + ", was " + defaultAlgorithm);
            }
            diversity = diversity < 0 ? 0.7 : diversity;
            maxLimit = maxLimit <= 0 ? 100 : maxLimit;
        }

        public RankingVariant defaultVariant() {
            return new RankingVariant(Algorithm.parse(defaultAlgorithm).orElseThrow(), diversity);
        }
    }

    /**
     * @param timeToLive              how long a user's list stays in Redis (evicted sooner by their own activity)
     * @param colourAffinityMegabytes memory for per-user CIEDE2000 affinities
     */
    public record Cache(Duration timeToLive, int colourAffinityMegabytes) {
        public Cache {
            timeToLive = timeToLive == null ? Duration.ofMinutes(30) : timeToLive;
            colourAffinityMegabytes = colourAffinityMegabytes <= 0 ? 64 : colourAffinityMegabytes;
        }
    }

    public record Trending(Duration halfLife, Duration window) {
        public Trending {
            halfLife = halfLife == null ? Duration.ofDays(3) : halfLife;
            window = window == null ? Duration.ofDays(7) : window;
        }
    }

    /** @param minChangedShare RecommendationsRefreshed is announced when at least this share of the top 20 is new */
    public record Refresh(double minChangedShare) {
        public Refresh {
            minChangedShare = minChangedShare < 0 ? 0.3 : minChangedShare;
        }
    }
}
