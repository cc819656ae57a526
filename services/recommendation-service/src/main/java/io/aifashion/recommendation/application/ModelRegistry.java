package io.aifashion.recommendation.application;

import io.aifashion.recommendation.domain.ranking.ModelBundle;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The model bundle serving uses. Training builds a new bundle off to the side and swaps it in with
 * one atomic reference write, so a request sees either the old bundle or the new one, whole, and
 * never waits for training.
 */
@Component
public class ModelRegistry {

    private final AtomicReference<ModelBundle> current = new AtomicReference<>();
    private volatile boolean loaded;

    /** The bundle in service; empty until the first one is ready (or while the catalogue is empty). */
    public Optional<ModelBundle> current() {
        return Optional.ofNullable(current.get());
    }

    /** Whether the catalogue was read at least once (so an empty registry means an empty catalogue). */
    public boolean loaded() {
        return loaded;
    }

    void swap(ModelBundle bundle) {
        current.set(bundle);
        loaded = true;
    }

    void clear() {
        current.set(null);
        loaded = true;
    }
}
