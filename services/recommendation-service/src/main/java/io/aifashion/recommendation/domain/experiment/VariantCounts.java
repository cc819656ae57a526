package io.aifashion.recommendation.domain.experiment;

/**
 * Users of one variant: exposed, and among them those who clicked, added to cart or bought a
 * product they were shown under it.
 */
public record VariantCounts(String variant, long exposed, long clicked, long addedToCart, long purchased) {
    public VariantCounts {
        if (exposed < 0 || clicked < 0 || addedToCart < 0 || purchased < 0
                || clicked > exposed || addedToCart > exposed || purchased > exposed) {
            throw new IllegalArgumentException("counts must be between 0 and the number exposed");
        }
    }
}
