package io.aifashion.recommender.model;

import io.aifashion.recommender.data.InteractionMatrix;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Counts, per item, the users with a positive interaction. */
public final class PopularityTrainer implements ModelTrainer<PopularityModel> {

    private final Clock clock;

    public PopularityTrainer() {
        this(Clock.systemUTC());
    }

    public PopularityTrainer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PopularityModel train(InteractionMatrix matrix) {
        long start = System.nanoTime();
        int[] support = matrix.itemSupport();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ModelMetadata meta = ModelMetadata.create("popularity", Map.of(), Instant.now(clock), took,
                matrix.userCount(), matrix.itemCount(), matrix.positiveCount(), matrix.fingerprint());
        return new PopularityModel(meta, matrix.items(), support);
    }
}
