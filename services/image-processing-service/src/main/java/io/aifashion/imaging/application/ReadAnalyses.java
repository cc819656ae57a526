package io.aifashion.imaging.application;

import io.aifashion.imaging.domain.Analysis;
import io.aifashion.imaging.domain.AnalysisRepository;
import io.aifashion.imaging.domain.HistoryCursor;
import io.aifashion.imaging.domain.HistoryPage;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** One analysis by id, and a user's history. */
@Service
public class ReadAnalyses {

    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 100;

    private final AnalysisRepository analyses;

    public ReadAnalyses(AnalysisRepository analyses) {
        this.analyses = analyses;
    }

    /**
     * The analysis if the caller may see it. Another user's analysis is reported as absent, so that
     * nobody learns which ids exist (OWASP API Security Top 10, API1:2023 object-level authorisation).
     */
    public Optional<Analysis> find(UUID id, Optional<String> caller) {
        return analyses.find(id).filter(a -> a.readableBy(caller));
    }

    public HistoryPage history(String userId, HistoryCursor after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        return analyses.history(userId, after, limit);
    }
}
