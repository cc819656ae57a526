package io.aifashion.recommendation.domain.ranking;

import io.aifashion.color.space.Lab;
import java.util.Objects;

/** A colour a shopper named in their preferences, resolved to CIELAB, with the label to show. */
public record NamedLab(String label, Lab lab) {
    public NamedLab {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lab, "lab");
    }
}
