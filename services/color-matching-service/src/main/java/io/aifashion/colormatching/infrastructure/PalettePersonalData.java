package io.aifashion.colormatching.infrastructure;

import io.aifashion.colormatching.domain.PersonalPaletteRepository;
import io.aifashion.kit.privacy.PersonalDataSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user's palettes, for their data export. */
@Component
public class PalettePersonalData implements PersonalDataSection {

    private final PersonalPaletteRepository palettes;

    public PalettePersonalData(PersonalPaletteRepository palettes) {
        this.palettes = palettes;
    }

    @Override
    public String name() {
        return "palettes";
    }

    @Override
    public Object export(String userId) {
        List<Map<String, Object>> out = palettes.history(userId).stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("analysisId", p.analysisId());
            m.put("season", p.season().displayName());
            m.put("confidence", p.confidence());
            m.put("createdAt", p.createdAt().toString());
            m.put("colours", p.palette().all().stream().map(c -> Map.of("name", c.name(), "hex", c.hex(),
                    "role", c.role().name().toLowerCase(java.util.Locale.ROOT))).toList());
            return m;
        }).toList();
        return out;
    }
}
