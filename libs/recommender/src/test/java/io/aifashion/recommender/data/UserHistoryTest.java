package io.aifashion.recommender.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserHistoryTest {

    private final IdIndex items = IdIndex.of(List.of("a", "b", "c", "d"));
    private final EventWeights w = EventWeights.defaults();

    @Test
    void eventsAggregateIntoPositivesDislikesAndPurchases() {
        UserHistory h = UserHistory.builder("ann", items)
                .add("b", EventType.VIEW, w)
                .add("b", EventType.PURCHASE, w)
                .add("a", EventType.LIKE, w)
                .add("c", EventType.VIEW, w)
                .add("c", EventType.DISLIKE, w)
                .add("gone", EventType.VIEW, w)
                .build();
        assertThat(h.items()).containsExactly(0, 1);
        assertThat(h.weight(1)).isEqualTo(11f);
        assertThat(h.isPurchased(1)).isTrue();
        assertThat(h.isDisliked(2)).isTrue();
        assertThat(h.contains(2)).isFalse();
        assertThat(h.size()).isEqualTo(2);
    }

    @Test
    void unknownItemsAreReportedNotAdded() {
        UserHistory.Builder b = UserHistory.builder("ann", items).add("gone", 3);
        assertThat(b.unknownItemIds()).containsExactly("gone");
        assertThat(b.build().isEmpty()).isTrue();
    }

    @Test
    void rejectsUnsortedOrOutOfRangeItems() {
        assertThatThrownBy(() -> UserHistory.of("u", 4, new int[] {2, 1}, new float[] {1, 1}, new int[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserHistory.of("u", 4, new int[] {5}, new float[] {1}, new int[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserHistory.of("u", 4, new int[] {1}, new float[] {-1}, new int[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
