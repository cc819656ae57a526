package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.concurrent.ParallelLoop;
import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.model.CatalogueTooLargeException;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.ranking.ItemScorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The offline protocol end to end: split the data; for each algorithm pick hyper-parameters by
 * nDCG@k on a validation split carved from the training part only (the test part is never looked
 * at while choosing); train the choice on the whole training part; rank all items for every test
 * user and report the metrics, training time and scoring time per user. Not thread-safe; one run
 * at a time.
 */
public final class OfflineEvaluation {

    private final EvaluationProtocol protocol;
    private final Consumer<String> progress;

    /** @param progress receives human-readable progress lines (e.g. to stderr) */
    public OfflineEvaluation(EvaluationProtocol protocol, Consumer<String> progress) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public EvaluationReport run(InteractionLog log, List<? extends Algorithm<?>> algorithms) {
        TrainTestSplit split = protocol.split().apply(log);
        return run(split, algorithms);
    }

    /** Evaluates on a split prepared by the caller (e.g. one shared across several runs). */
    public EvaluationReport run(TrainTestSplit split, List<? extends Algorithm<?>> algorithms) {
        InteractionMatrix train = split.train().toMatrix();
        InteractionMatrix test = split.test().toMatrix();
        progress.accept(String.format(Locale.ROOT, "split %s: %,d train and %,d test positives, %,d users, %,d items",
                protocol.split().name(), train.positiveCount(), test.positiveCount(), train.userCount(), train.itemCount()));
        Run run = new Run(split, train, test);
        List<AlgorithmResult> results = new ArrayList<>();
        List<SkippedAlgorithm> skipped = new ArrayList<>();
        for (Algorithm<?> algorithm : algorithms) {
            try {
                results.add(run.evaluate(algorithm));
            } catch (CatalogueTooLargeException e) {
                progress.accept(algorithm.name() + " skipped: " + e.getMessage());
                skipped.add(new SkippedAlgorithm(algorithm.name(), e.getMessage()));
            }
        }
        DatasetSummary dataset = new DatasetSummary(train.userCount(), train.itemCount(), train.positiveCount(),
                test.positiveCount(), train.dislikes().nonZeros());
        return new EvaluationReport(protocol, dataset, results, skipped);
    }

    /** State of one evaluation run: matrices, fitted models and tuned choices. */
    private final class Run implements TuningContext {
        private final InteractionMatrix train;
        private final InteractionMatrix test;
        private final InteractionMatrix validationTrain;
        private final InteractionMatrix validationTest;
        private final FittedScorers fitted = new FittedScorers();
        private final RankingEvaluator evaluator;
        private final Map<Algorithm<?>, Tuned<?>> tuned = new IdentityHashMap<>();
        private final Map<String, Integer> names = new HashMap<>();

        Run(TrainTestSplit split, InteractionMatrix train, InteractionMatrix test) {
            this.train = train;
            this.test = test;
            this.evaluator = new RankingEvaluator(protocol.k(), new ParallelLoop(protocol.threads()));
            if (protocol.tune()) {
                Split inner = protocol.split().reseeded(protocol.split().seed() + 1);
                TrainTestSplit validation = inner.apply(split.train());
                this.validationTrain = validation.train().toMatrix();
                this.validationTest = validation.test().toMatrix();
            } else {
                this.validationTrain = null;
                this.validationTest = null;
            }
        }

        <S extends ItemScorer> AlgorithmResult evaluate(Algorithm<S> algorithm) {
            if (names.merge(algorithm.name(), 1, Integer::sum) > 1) {
                throw new IllegalArgumentException("algorithm '" + algorithm.name() + "' listed twice");
            }
            Tuned<S> choice = tune(algorithm);
            progress.accept(algorithm.name() + ": training on the full training part " + choice.best.parameters());
            ItemScorer scorer = fitted.get(choice.best, train);
            double trainSeconds = fitted.trainSeconds(choice.best, train);
            EvaluationOutcome outcome = evaluator.evaluate(scorer, train, test);
            MetricSummary m = outcome.metrics();
            progress.accept(String.format(Locale.ROOT, "%s: nDCG@%d %.4f, precision %.4f, recall %.4f, MAP %.4f, coverage %.3f (%d users)",
                    algorithm.name(), m.k(), m.ndcg(), m.precision(), m.recall(), m.map(), m.coverage(), m.users()));
            return new AlgorithmResult(algorithm.name(), choice.best.parameters(), m, trainSeconds,
                    outcome.scoringMillisPerUser(), choice.trials);
        }

        @SuppressWarnings("unchecked")
        private <S extends ItemScorer> Tuned<S> tune(Algorithm<S> algorithm) {
            Tuned<?> known = tuned.get(algorithm);
            if (known != null) {
                return (Tuned<S>) known;
            }
            List<Candidate<S>> grid = algorithm.candidates(this);
            if (grid.isEmpty()) {
                throw new IllegalArgumentException(algorithm.name() + " offers no candidates");
            }
            Tuned<S> result;
            if (!protocol.tune() || grid.size() == 1 || validationTest.positiveCount() == 0) {
                result = new Tuned<>(grid.get(0), List.of());
            } else {
                progress.accept(String.format(Locale.ROOT, "%s: tuning %d candidates on the validation split", algorithm.name(), grid.size()));
                Candidate<S> best = null;
                double bestNdcg = Double.NEGATIVE_INFINITY;
                List<TuningTrial> trials = new ArrayList<>();
                for (Candidate<S> candidate : grid) {
                    ItemScorer scorer = fitted.get(candidate, validationTrain);
                    double ndcg = evaluator.evaluate(scorer, validationTrain, validationTest).metrics().ndcg();
                    trials.add(new TuningTrial(candidate.parameters(), ndcg));
                    progress.accept(String.format(Locale.ROOT, "  %s %s validation nDCG@%d %.4f", algorithm.name(),
                            candidate.parameters(), protocol.k(), ndcg));
                    if (ndcg > bestNdcg) {
                        bestNdcg = ndcg;
                        best = candidate;
                    }
                    if (candidate != best) {
                        fitted.retainOnly(validationTrain, keepSet(best));
                    }
                }
                result = new Tuned<>(best, trials);
                fitted.retainOnly(validationTrain, keepSet(best));
            }
            tuned.put(algorithm, result);
            return result;
        }

        private Set<Candidate<?>> keepSet(Candidate<?> best) {
            Set<Candidate<?>> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            keep.add(best);
            for (Tuned<?> t : tuned.values()) {
                keep.add(t.best);
            }
            return keep;
        }

        @Override
        public Candidate<CollaborativeModel> best(Algorithm<CollaborativeModel> algorithm) {
            return tune(algorithm).best;
        }
    }

    private record Tuned<S extends ItemScorer>(Candidate<S> best, List<TuningTrial> trials) {
    }
}
