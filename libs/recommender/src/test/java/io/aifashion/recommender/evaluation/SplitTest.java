package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionLog;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitTest {

    private final InteractionLog log = randomLog();

    private static InteractionLog randomLog() {
        SplittableRandom r = new SplittableRandom(99);
        InteractionLog.Builder b = InteractionLog.builder();
        for (int k = 0; k < 3000; k++) {
            // repeated pairs on purpose: the split must aggregate them first
            b.add("u" + r.nextInt(100), "i" + r.nextInt(80), 1 + r.nextInt(3), r.nextInt(10_000));
        }
        b.add("u1", "i1", -50, 5); // a dislike
        return b.build();
    }

    private static Set<Long> pairs(InteractionLog l, boolean positivesOnly) {
        Set<Long> out = new HashSet<>();
        for (int r = 0; r < l.size(); r++) {
            if (!positivesOnly || l.weight(r) > 0) {
                out.add((long) l.user(r) << 32 | l.item(r));
            }
        }
        return out;
    }

    @Test
    void randomSplitIsDisjointCompleteSeededAndHoldsOutTheFraction() {
        TrainTestSplit s = new RandomSplit(0.2, 42).apply(log);
        Set<Long> train = pairs(s.train(), false);
        Set<Long> test = pairs(s.test(), false);
        Set<Long> all = pairs(log.aggregate(), true);
        assertThat(train).doesNotContainAnyElementsOf(test);
        Set<Long> union = new HashSet<>(pairs(s.train(), true));
        union.addAll(test);
        assertThat(union).isEqualTo(all);
        assertThat(test.size()).isEqualTo((int) Math.round(0.2 * all.size()));
        assertThat(s.train().size() + s.test().size()).isEqualTo(log.aggregate().size());

        assertThat(pairs(new RandomSplit(0.2, 42).apply(log).test(), false)).isEqualTo(test);
        assertThat(pairs(new RandomSplit(0.2, 43).apply(log).test(), false)).isNotEqualTo(test);
    }

    @Test
    void dislikesStayInTrainAndNeverBecomeTestItems() {
        for (Split split : new Split[] {new RandomSplit(0.5, 1), new TemporalSplit(0.5, 1), new LeaveOneOutSplit(1)}) {
            TrainTestSplit s = split.apply(log);
            for (int r = 0; r < s.test().size(); r++) {
                assertThat(s.test().weight(r)).isPositive();
            }
            assertThat(s.train().toMatrix().dislikes().nonZeros()).isEqualTo(1);
        }
    }

    @Test
    void temporalSplitTrainsOnlyOnThePast() {
        TrainTestSplit s = new TemporalSplit(0.25, 7).apply(log);
        long latestTrain = Long.MIN_VALUE;
        for (int r = 0; r < s.train().size(); r++) {
            if (s.train().weight(r) > 0) {
                latestTrain = Math.max(latestTrain, s.train().timestamp(r));
            }
        }
        for (int r = 0; r < s.test().size(); r++) {
            assertThat(s.test().timestamp(r)).isGreaterThanOrEqualTo(latestTrain);
        }
        assertThat(pairs(s.train(), false)).doesNotContainAnyElementsOf(pairs(s.test(), false));
    }

    @Test
    void leaveOneOutHoldsOutEachUsersLatestPair() {
        TrainTestSplit s = new LeaveOneOutSplit(3).apply(log);
        InteractionLog pairs = log.aggregate();
        Map<Integer, Long> latest = new TreeMap<>();
        Map<Integer, Integer> positives = new TreeMap<>();
        for (int r = 0; r < pairs.size(); r++) {
            if (pairs.weight(r) > 0) {
                latest.merge(pairs.user(r), pairs.timestamp(r), Math::max);
                positives.merge(pairs.user(r), 1, Integer::sum);
            }
        }
        Set<Integer> testUsers = new HashSet<>();
        for (int r = 0; r < s.test().size(); r++) {
            assertThat(testUsers.add(s.test().user(r))).as("one test pair per user").isTrue();
            assertThat(s.test().timestamp(r)).isEqualTo(latest.get(s.test().user(r)));
        }
        assertThat(testUsers).hasSize((int) positives.values().stream().filter(c -> c >= 2).count());
        assertThat(pairs(new LeaveOneOutSplit(3).apply(log).test(), false)).isEqualTo(pairs(s.test(), false));
    }

    @Test
    void leaveOneOutBreaksTimestampTiesBySeed() {
        InteractionLog.Builder b = InteractionLog.builder();
        for (int i = 0; i < 50; i++) {
            b.add("u", "i" + i, 1, 0);
        }
        InteractionLog flat = b.build();
        Set<Long> chosen = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            chosen.addAll(pairs(new LeaveOneOutSplit(seed).apply(flat).test(), false));
        }
        assertThat(chosen.size()).isGreaterThan(1);
    }

    @Test
    void parsesNamesAndRejectsBadFractions() {
        assertThat(Split.parse("random", 0.2, 1)).isEqualTo(new RandomSplit(0.2, 1));
        assertThat(Split.parse("leave-one-out", 0.2, 1)).isEqualTo(new LeaveOneOutSplit(1));
        assertThat(Split.parse("temporal", 0.3, 2).reseeded(5)).isEqualTo(new TemporalSplit(0.3, 5));
        assertThatThrownBy(() -> Split.parse("k-fold", 0.2, 1)).hasMessageContaining("unknown split");
        assertThatThrownBy(() -> new RandomSplit(1.0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
