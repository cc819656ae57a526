package io.aifashion.recommender.linalg;

/** A symmetric positive-definite linear map applied without materialising its matrix. */
@FunctionalInterface
public interface LinearOperator {

    /** Writes {@code A·v} into {@code out}; must not modify {@code v}. */
    void apply(double[] v, double[] out);
}
