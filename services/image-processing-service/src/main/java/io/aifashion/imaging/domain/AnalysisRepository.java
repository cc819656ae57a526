package io.aifashion.imaging.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Analyses (derived colours, never pixels) by id and by owner. */
public interface AnalysisRepository {

    void save(Analysis analysis);

    Optional<Analysis> find(UUID id);

    /** The owner's analyses, newest first, after {@code after} (null for the first page), at most {@code limit}. */
    HistoryPage history(String userId, HistoryCursor after, int limit);

    /** Every analysis of the user, newest first (for their data export). */
    List<Analysis> allOf(String userId);

    /** @return true if it existed */
    boolean delete(UUID id);

    /** Deletes every analysis of the user; returns their content keys so that cached results can go too. */
    List<ContentKey> deleteByUser(String userId);

    /** Deletes anonymous analyses made before {@code cutoff}; returns their content keys. */
    List<ContentKey> deleteAnonymousBefore(Instant cutoff);
}
