package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.AnalysisResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a derived result, as stored in PostgreSQL (JSONB) and in the Redis cache. A
 * mapper of its own rather than the web's, so that a change to how responses are written can never
 * make stored documents unreadable.
 */
@Component
public class ResultDocuments {

    private final JsonMapper json = JsonMapper.builder().build();

    public String write(AnalysisResult result) {
        return json.writeValueAsString(result);
    }

    public AnalysisResult read(String document) {
        return json.readValue(document, AnalysisResult.class);
    }
}
