package io.aifashion.recommender.model;

import java.util.Map;

/**
 * Implicit ALS hyper-parameters (Hu, Koren and Volinsky 2008).
 *
 * @param factors        latent dimension f
 * @param alpha          confidence slope: {@code c = 1 + α·r}
 * @param regularization λ on the squared norms of all factor vectors
 * @param iterations     alternating sweeps (one user half-step and one item half-step each)
 * @param cgSteps        conjugate-gradient steps per row and half-step, warm-started from the previous
 *                       solution (Takács, Pilászy and Tikk 2011); 0 solves each row exactly by Cholesky
 * @param seed           seeds the random initial item factors
 * @param threads        worker threads over users and items
 */
public record ImplicitAlsConfig(int factors, double alpha, double regularization, int iterations, int cgSteps,
                                long seed, int threads) {

    public ImplicitAlsConfig {
        if (factors < 1 || factors > 1024) {
            throw new IllegalArgumentException("factors must be in 1..1024, was " + factors);
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and >= 0, was " + alpha);
        }
        if (!(regularization > 0) || Double.isInfinite(regularization)) {
            throw new IllegalArgumentException("regularization must be finite and > 0, was " + regularization);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        if (cgSteps < 0) {
            throw new IllegalArgumentException("cgSteps must be >= 0, was " + cgSteps);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** f = 64, α = 10, λ = 100, 12 iterations, 3 CG steps, seed 42, all processors. */
    public static ImplicitAlsConfig defaults() {
        return new ImplicitAlsConfig(64, 10, 100, 12, 3, 42, Runtime.getRuntime().availableProcessors());
    }

    public ImplicitAlsConfig withFactors(int f) {
        return new ImplicitAlsConfig(f, alpha, regularization, iterations, cgSteps, seed, threads);
    }

    public ImplicitAlsConfig withAlpha(double a) {
        return new ImplicitAlsConfig(factors, a, regularization, iterations, cgSteps, seed, threads);
    }

    public ImplicitAlsConfig withRegularization(double l) {
        return new ImplicitAlsConfig(factors, alpha, l, iterations, cgSteps, seed, threads);
    }

    public ImplicitAlsConfig withIterations(int n) {
        return new ImplicitAlsConfig(factors, alpha, regularization, n, cgSteps, seed, threads);
    }

    public ImplicitAlsConfig withCgSteps(int n) {
        return new ImplicitAlsConfig(factors, alpha, regularization, iterations, n, seed, threads);
    }

    public ImplicitAlsConfig withSeed(long s) {
        return new ImplicitAlsConfig(factors, alpha, regularization, iterations, cgSteps, s, threads);
    }

    public ImplicitAlsConfig withThreads(int t) {
        return new ImplicitAlsConfig(factors, alpha, regularization, iterations, cgSteps, seed, t);
    }

    public Map<String, String> asParameters() {
        return Map.of("factors", Integer.toString(factors), "alpha", Double.toString(alpha),
                "regularization", Double.toString(regularization), "iterations", Integer.toString(iterations),
                "cgSteps", Integer.toString(cgSteps), "seed", Long.toString(seed));
    }
}
