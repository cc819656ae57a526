package io.aifashion.recommendation.application;

import io.aifashion.recommendation.domain.ranking.ColourAffinity;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Least-recently-used memory for per-user colour affinities, bounded by bytes rather than entries
 * (an affinity is 4–12 bytes per product, so how many fit depends on the catalogue). Keyed by
 * everything an affinity depends on — the palette version, the preferences version and the
 * catalogue's colours — so an entry can never be stale, only unused.
 */
@Component
public class ColourAffinityCache {

    private final long maxBytes;
    private final LinkedHashMap<Key, ColourAffinity> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public ColourAffinityCache(RecommendationProperties properties) {
        this.maxBytes = properties.cache().colourAffinityMegabytes() * 1024L * 1024L;
    }

    /** @param paletteVersion and preferencesVersion null when the user has none */
    public record Key(String userId, String paletteVersion, String preferencesVersion, long colourKey) {
    }

    /** The cached affinity, or one computed now (outside the lock: computing takes milliseconds). */
    public ColourAffinity get(Key key, Supplier<ColourAffinity> compute) {
        Optional<ColourAffinity> hit = lookup(key);
        if (hit.isPresent()) {
            return hit.get();
        }
        ColourAffinity computed = compute.get();
        store(key, computed);
        return computed;
    }

    private synchronized Optional<ColourAffinity> lookup(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    private synchronized void store(Key key, ColourAffinity value) {
        if (value.bytes() > maxBytes) {
            return;
        }
        ColourAffinity previous = entries.put(key, value);
        bytes += value.bytes() - (previous == null ? 0 : previous.bytes());
        Iterator<Map.Entry<Key, ColourAffinity>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
    }

    /** Forgets everything about a user (a new palette or account deletion). */
    public synchronized void evictUser(String userId) {
        Iterator<Map.Entry<Key, ColourAffinity>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, ColourAffinity> e = it.next();
            if (e.getKey().userId().equals(userId)) {
                bytes -= e.getValue().bytes();
                it.remove();
            }
        }
    }

    public synchronized long bytes() {
        return bytes;
    }
}
