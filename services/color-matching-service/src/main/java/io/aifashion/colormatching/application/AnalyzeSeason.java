package io.aifashion.colormatching.application;

import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.season.SeasonClassifier;
import io.aifashion.color.season.SeasonTraits;
import io.aifashion.colormatching.domain.SeasonResult;
import org.springframework.stereotype.Service;

/**
 * Decides the 12-season colour type from measured skin (and, when known, hair and eye) colours and
 * builds the palette personalised to them (method in docs/color-science.md).
 */
@Service
public class AnalyzeSeason {

    private final SeasonClassifier classifier = SeasonClassifier.standard();
    private final PaletteGenerator palettes = PaletteGenerator.standard();

    public SeasonResult analyze(SeasonTraits traits) {
        SeasonAnalysis analysis = classifier.classify(traits);
        return new SeasonResult(analysis, palettes.personalised(analysis, traits));
    }
}
