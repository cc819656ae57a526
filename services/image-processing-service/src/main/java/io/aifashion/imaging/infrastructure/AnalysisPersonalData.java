package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.AnalysisRepository;
import io.aifashion.kit.privacy.PersonalDataSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user's analyses (every derived colour and verdict), for their data export. */
@Component
public class AnalysisPersonalData implements PersonalDataSection {

    private final AnalysisRepository analyses;

    public AnalysisPersonalData(AnalysisRepository analyses) {
        this.analyses = analyses;
    }

    @Override
    public String name() {
        return "analyses";
    }

    @Override
    public Object export(String userId) {
        List<Map<String, Object>> out = analyses.allOf(userId).stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id().toString());
            m.put("createdAt", a.createdAt().toString());
            m.put("result", a.result());
            return m;
        }).toList();
        return out;
    }
}
