package io.aifashion.recommender.model;

/** Observes an iterative trainer after each full iteration (e.g. to log or test the loss). */
@FunctionalInterface
public interface TrainingListener {

    /**
     * @param iteration 1-based iteration just finished
     * @param loss      the training objective after it
     */
    void iterationFinished(int iteration, double loss);
}
