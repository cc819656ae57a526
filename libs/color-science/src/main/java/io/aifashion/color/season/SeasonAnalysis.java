package io.aifashion.color.season;

import io.aifashion.color.InvalidColorException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of seasonal analysis.
 *
 * @param season      the best-fitting season
 * @param confidence  the winner's lead over the runner-up, (p₁ − p₂)/(p₁ + p₂) in [0, 1]: 0 is a tie,
 *                    1 means the runner-up has no support at all
 * @param scores      every season's share of support, summing to 1, in {@link Season} order
 * @param runnerUp    the second-best season
 * @param traits      the measured trait profile the decision was made from
 * @param explanation plain-language account of which traits decided it
 */
public record SeasonAnalysis(Season season, double confidence, Map<Season, Double> scores, Season runnerUp,
                             TraitProfile traits, String explanation) {

    public SeasonAnalysis {
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(runnerUp, "runnerUp");
        Objects.requireNonNull(traits, "traits");
        Objects.requireNonNull(explanation, "explanation");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new InvalidColorException("confidence", Double.toString(confidence), "confidence must be in [0, 1]; got " + confidence);
        }
        if (scores.size() != Season.values().length) {
            throw new InvalidColorException("scores", scores.toString(), "scores must cover all 12 seasons; got " + scores.size());
        }
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    /** Score of one season. */
    public double score(Season s) {
        return scores.get(s);
    }
}
