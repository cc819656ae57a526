package io.aifashion.recommender.evaluation;

/** An algorithm that declined to run on this data (e.g. EASE above its item limit), and why. */
public record SkippedAlgorithm(String algorithm, String reason) {
}
