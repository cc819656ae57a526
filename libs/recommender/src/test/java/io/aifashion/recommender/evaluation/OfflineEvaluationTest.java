package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.model.EaseConfig;
import io.aifashion.recommender.model.PopularityTrainer;
import io.aifashion.recommender.ranking.ItemScorer;
import io.aifashion.recommender.synthetic.PlantedBlockConfig;
import io.aifashion.recommender.synthetic.PlantedBlockGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OfflineEvaluationTest {

    private final InteractionLog log = new PlantedBlockGenerator()
            .generate(new PlantedBlockConfig(300, 150, 5, 15, 0.8, 0.6, 3)).log();

    @Test
    void tuningNeverTrainsOnOrLooksAtTestPairs() {
        List<InteractionMatrix> fittedOn = new ArrayList<>();
        List<UserHistory> scored = new ArrayList<>();
        Algorithm<ItemScorer> spy = new Algorithm<>() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public List<Candidate<ItemScorer>> candidates(TuningContext context) {
                List<Candidate<ItemScorer>> grid = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    grid.add(new Candidate<>("spy", Map.of("c", "" + c), (m, f) -> {
                        fittedOn.add(m);
                        CollaborativeModel pop = new PopularityTrainer().train(m);
                        return new ItemScorer() {
                            @Override
                            public int itemCount() {
                                return pop.itemCount();
                            }

                            @Override
                            public synchronized void scoreInto(UserHistory history, float[] scores) {
                                scored.add(history);
                                pop.scoreInto(history, scores);
                            }
                        };
                    }));
                }
                return grid;
            }
        };
        RandomSplit split = new RandomSplit(0.2, 42);
        TrainTestSplit outer = split.apply(log);
        InteractionMatrix test = outer.test().toMatrix();
        EvaluationReport report = new OfflineEvaluation(new EvaluationProtocol(split, 10, true, 2), line -> { })
                .run(outer, List.of(spy));

        assertThat(fittedOn).hasSize(4); // three grid points on the validation split, the winner on full train
        for (InteractionMatrix m : fittedOn) {
            for (int u = 0; u < test.userCount(); u++) {
                for (int k = test.byUser().start(u); k < test.byUser().end(u); k++) {
                    assertThat(m.byUser().contains(u, test.byUser().index(k))).isFalse();
                }
            }
        }
        InteractionMatrix train = outer.train().toMatrix();
        for (int i = 0; i < 3; i++) {
            assertThat(fittedOn.get(i).positiveCount()).isLessThan(train.positiveCount());
        }
        assertThat(fittedOn.get(3).positiveCount()).isEqualTo(train.positiveCount());
        for (UserHistory h : scored) {
            int u = train.users().indexOf(h.userId().orElseThrow());
            for (int item : h.items()) {
                assertThat(test.byUser().contains(u, item)).isFalse();
            }
        }
        assertThat(report.result("spy").tuning()).hasSize(3);
    }

    @Test
    void personalisedModelsClearlyBeatPopularityOnPlantedBlocks() {
        int threads = 2;
        EvaluationReport report = new OfflineEvaluation(new EvaluationProtocol(new RandomSplit(0.2, 1), 10, false, threads), s -> { })
                .run(log, List.of(Algorithms.popularity(), Algorithms.itemKnn(threads), Algorithms.implicitAls(threads, 1),
                        Algorithms.ease(threads, 1000)));
        double pop = report.result("pop").metrics().ndcg();
        assertThat(pop).isPositive();
        for (String name : List.of("itemknn", "ials", "ease")) {
            AlgorithmResult r = report.result(name);
            assertThat(r.metrics().ndcg()).as(name).isGreaterThan(2 * pop);
            assertThat(r.metrics().recall()).as(name).isGreaterThan(r.metrics().precision());
            assertThat(r.metrics().coverage()).as(name).isGreaterThan(report.result("pop").metrics().coverage());
            assertThat(r.trainSeconds()).isPositive();
            assertThat(r.scoringMillisPerUser()).isPositive();
        }
        assertThat(report.dataset().trainPositives() + report.dataset().testPositives()).isEqualTo(log.aggregate().size());
    }

    @Test
    void anAlgorithmThatRefusesTheDataIsReportedAsSkipped() {
        EvaluationReport report = new OfflineEvaluation(new EvaluationProtocol(new RandomSplit(0.2, 1), 10, true, 1), s -> { })
                .run(log, List.of(Algorithms.popularity(), Algorithms.ease(List.of(EaseConfig.defaults().withMaxItems(100).withThreads(1)))));
        assertThat(report.results()).extracting(AlgorithmResult::algorithm).containsExactly("pop");
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.algorithm()).isEqualTo("ease");
            assertThat(s.reason()).contains("150 items").contains("limited to 100");
        });
    }

    @Test
    void anOracleScoresPerfectlyAndTrainingItemsAreExcludedFromTheRanking() {
        TrainTestSplit s = new RandomSplit(0.2, 5).apply(log);
        InteractionMatrix train = s.train().toMatrix();
        InteractionMatrix test = s.test().toMatrix();
        ItemScorer oracle = new ItemScorer() {
            @Override
            public int itemCount() {
                return train.itemCount();
            }

            @Override
            public void scoreInto(UserHistory history, float[] scores) {
                int u = train.users().indexOf(history.userId().orElseThrow());
                for (int i = 0; i < scores.length; i++) {
                    // training items score highest of all: the evaluator must skip them
                    scores[i] = history.contains(i) ? 10 : test.byUser().contains(u, i) ? 5 : 0;
                }
            }
        };
        MetricSummary m = new RankingEvaluator(50, new io.aifashion.recommender.concurrent.ParallelLoop(2))
                .evaluate(oracle, train, test).metrics();
        assertThat(m.ndcg()).isCloseTo(1.0, within(1e-12));
        assertThat(m.recall()).isCloseTo(1.0, within(1e-12));
        assertThat(m.map()).isCloseTo(1.0, within(1e-12));
    }
}
