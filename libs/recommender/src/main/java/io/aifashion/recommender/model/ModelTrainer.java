package io.aifashion.recommender.model;

import io.aifashion.recommender.data.InteractionMatrix;

/** Trains one kind of model from an interaction matrix. Trainers are stateless between calls. */
@FunctionalInterface
public interface ModelTrainer<M extends CollaborativeModel> {

    M train(InteractionMatrix matrix);
}
