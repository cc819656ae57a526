package io.aifashion.recommendation.domain.experiment;

import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.RankingVariant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One arm of an experiment: a name, the ranking it serves and its share of traffic.
 *
 * @param trafficPercent users (by hash bucket) sent to this arm, 1–100
 */
public record Variant(String name, RankingVariant ranking, int trafficPercent) {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public Variant {
        Objects.requireNonNull(ranking, "ranking");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidExperimentException("name",
                    "a variant name is 1–40 lower-case letters, digits and hyphens, was '" + name + "'");
        }
        if (trafficPercent < 1 || trafficPercent > 100) {
            throw new InvalidExperimentException("trafficPercent", "must be 1–100, was " + trafficPercent);
        }
    }

    public Algorithm algorithm() {
        return ranking.algorithm();
    }

    public double diversity() {
        return ranking.diversity();
    }
}
