package io.aifashion.recommendation.domain.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An A/B test over ranking variants. Users are assigned deterministically: bucket =
 * {@code SHA-256(experimentId ":" userId) mod 100}, and the variants own consecutive bucket ranges
 * in their order ({@code [0, p₁)}, {@code [p₁, p₁+p₂)}, ...). The same user always sees the same
 * arm, on every instance and after restarts, without storing an assignment; a cryptographic hash
 * makes the buckets uniform and independent of how user ids are formed. Buckets beyond the sum of
 * the percentages are not enrolled (they get the default ranking and are not counted).
 *
 * <p>The first variant is the control the others are compared with.
 */
public record Experiment(UUID id, String name, String description, ExperimentStatus status, List<Variant> variants,
                         String createdBy, Instant createdAt, Instant stoppedAt) {

    public Experiment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidExperimentException("name", "an experiment needs a name of 1–100 characters");
        }
        if (description != null && description.length() > 2000) {
            throw new InvalidExperimentException("description", "at most 2000 characters");
        }
        variants = List.copyOf(variants);
        if (variants.size() < 2 || variants.size() > 10) {
            throw new InvalidExperimentException("variants", "an experiment compares 2–10 variants, got " + variants.size());
        }
        Set<String> names = new HashSet<>();
        int total = 0;
        for (Variant v : variants) {
            if (!names.add(v.name())) {
                throw new InvalidExperimentException("variants", "variant name '" + v.name() + "' repeats");
            }
            total += v.trafficPercent();
        }
        if (total > 100) {
            throw new InvalidExperimentException("variants", "traffic percentages add up to " + total + ", more than 100");
        }
        if ((status == ExperimentStatus.STOPPED) != (stoppedAt != null)) {
            throw new IllegalArgumentException("a stopped experiment has a stop time, a running one none");
        }
    }

    public static Experiment start(UUID id, String name, String description, List<Variant> variants, String createdBy,
                                   Instant now) {
        return new Experiment(id, name, description, ExperimentStatus.RUNNING, variants, createdBy, now, null);
    }

    public Experiment stop(Instant now) {
        if (status == ExperimentStatus.STOPPED) {
            return this;
        }
        return new Experiment(id, name, description, ExperimentStatus.STOPPED, variants, createdBy, createdAt, now);
    }

    public boolean running() {
        return status == ExperimentStatus.RUNNING;
    }

    public Variant control() {
        return variants.getFirst();
    }

    /** The user's variant, or empty if their bucket is outside every variant's range. */
    public Optional<Variant> assign(String userId) {
        int b = bucket(id, userId);
        int upper = 0;
        for (Variant v : variants) {
            upper += v.trafficPercent();
            if (b < upper) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public Optional<Variant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** {@code SHA-256(experimentId ":" userId)}, first eight bytes as an unsigned number, mod 100. */
    public static int bucket(UUID experimentId, String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((experimentId + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest, 0, 8).getLong(), 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
