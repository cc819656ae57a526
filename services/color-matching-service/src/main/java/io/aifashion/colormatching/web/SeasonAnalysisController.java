package io.aifashion.colormatching.web;

import io.aifashion.color.season.SeasonTraits;
import io.aifashion.colormatching.application.AnalyzeSeason;
import io.aifashion.colormatching.domain.SeasonResult;
import io.aifashion.colormatching.web.ColorViews.SeasonAnalysisView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/seasons/analyze}: the season of given skin, hair and eye colours. Stores nothing. */
@RestController
public class SeasonAnalysisController {

    /** Skin is required; hair and eyes improve the decision when known. */
    public record AnalyzeRequest(@NotNull(message = "is required") ColorInput skin, ColorInput hair, ColorInput eyes) {
    }

    private final AnalyzeSeason analyzeSeason;

    public SeasonAnalysisController(AnalyzeSeason analyzeSeason) {
        this.analyzeSeason = analyzeSeason;
    }

    @PostMapping("/api/v1/seasons/analyze")
    public SeasonAnalysisView analyze(@Valid @RequestBody AnalyzeRequest request) {
        SeasonTraits traits = SeasonTraits.ofSkin(request.skin().toLab("skin"));
        if (request.hair() != null) {
            traits = traits.withHair(request.hair().toLab("hair"));
        }
        if (request.eyes() != null) {
            traits = traits.withEyes(request.eyes().toLab("eyes"));
        }
        SeasonResult result = analyzeSeason.analyze(traits);
        return SeasonAnalysisView.of(result.analysis(), result.palette());
    }
}
