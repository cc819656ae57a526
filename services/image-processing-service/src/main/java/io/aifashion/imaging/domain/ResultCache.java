package io.aifashion.imaging.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * Derived results by content key, for an hour: the same photo sent again is answered without
 * running the pipeline. Holds no pixels and no user id. An unreachable cache is a miss.
 */
public interface ResultCache {

    Optional<AnalysisResult> find(ContentKey key);

    void put(ContentKey key, AnalysisResult result);

    void evict(Collection<ContentKey> keys);
}
