package io.aifashion.recommender.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Identity and provenance of a trained model: a version id unique to this training run, the
 * algorithm and its hyper-parameters, when and how long it trained, and the size of the data.
 */
public record ModelMetadata(String versionId, String algorithm, Map<String, String> hyperParameters,
                            Instant trainedAt, Duration trainingTime, int users, int items, int interactions,
                            long dataFingerprint) {

    public ModelMetadata {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(trainedAt, "trainedAt");
        Objects.requireNonNull(trainingTime, "trainingTime");
        hyperParameters = java.util.Collections.unmodifiableMap(new TreeMap<>(hyperParameters));
        if (users < 0 || items < 0 || interactions < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /**
     * Metadata with a version id of the form {@code <algorithm>-<yyyyMMddHHmmss>-<hash>}, where the
     * hash covers the hyper-parameters and the training data fingerprint, so two runs on the same
     * data with the same settings share the suffix and differ only by time.
     */
    static ModelMetadata create(String algorithm, Map<String, String> hyperParameters, Instant trainedAt,
                                Duration trainingTime, int users, int items, int interactions, long dataFingerprint) {
        long h = Objects.hash(algorithm, new TreeMap<>(hyperParameters).toString());
        h = h * 1_000_003L ^ dataFingerprint;
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(trainedAt);
        String version = algorithm + "-" + stamp + "-" + String.format("%08x", (int) (h ^ (h >>> 32)));
        return new ModelMetadata(version, algorithm, hyperParameters, trainedAt, trainingTime, users, items, interactions, dataFingerprint);
    }
}
