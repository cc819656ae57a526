package io.aifashion.recommender.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionMatrixTest {

    @Test
    void repeatedInteractionsAreSummedAndNetDislikesBecomeExclusions() {
        EventWeights w = EventWeights.defaults();
        InteractionLog log = InteractionLog.builder()
                .add(Interaction.of("ann", "dress", EventType.VIEW, w, 1))
                .add(Interaction.of("ann", "dress", EventType.LIKE, w, 2))
                .add(Interaction.of("ann", "coat", EventType.VIEW, w, 3))
                .add(Interaction.of("ann", "coat", EventType.DISLIKE, w, 4))
                .add(Interaction.of("bob", "coat", EventType.PURCHASE, w, 5))
                .build();
        InteractionMatrix m = log.toMatrix();
        int ann = m.users().indexOf("ann");
        int bob = m.users().indexOf("bob");
        int dress = m.items().indexOf("dress");
        int coat = m.items().indexOf("coat");

        assertThat(m.positiveCount()).isEqualTo(2);
        assertThat(m.byUser().get(ann, dress)).isEqualTo(5f); // view 1 + like 4
        assertThat(m.byUser().contains(ann, coat)).isFalse(); // 1 − 10 < 0: a dislike, not a positive
        assertThat(m.dislikes().contains(ann, coat)).isTrue();
        assertThat(m.byUser().get(bob, coat)).isEqualTo(10f);
        assertThat(m.itemSupport()[coat]).isEqualTo(1);
        assertThat(m.itemSupport()[dress]).isEqualTo(1);

        UserHistory h = m.history(ann);
        assertThat(h.size()).isEqualTo(1);
        assertThat(h.contains(dress)).isTrue();
        assertThat(h.isDisliked(coat)).isTrue();
        assertThat(h.userId()).contains("ann");
    }

    @Test
    void byItemIsTheTransposeOfByUser() {
        InteractionLog.Builder b = InteractionLog.builder();
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int k = 0; k < 500; k++) {
            b.add("u" + r.nextInt(40), "i" + r.nextInt(30), 1 + r.nextInt(5), k);
        }
        InteractionMatrix m = b.build().toMatrix();
        for (int u = 0; u < m.userCount(); u++) {
            for (int i = 0; i < m.itemCount(); i++) {
                assertThat(m.byItem().get(i, u)).isEqualTo(m.byUser().get(u, i));
            }
        }
        assertThat(m.byItem().nonZeros()).isEqualTo(m.byUser().nonZeros());
    }

    @Test
    void aCatalogueFixesTheItemIndexAndRejectsUnknownItems() {
        IdIndex catalogue = IdIndex.of(java.util.List.of("a", "b", "c"));
        InteractionLog log = InteractionLog.builder(catalogue).add("u", "c", 1, 0).build();
        assertThat(log.items()).isEqualTo(catalogue);
        assertThat(log.toMatrix().itemCount()).isEqualTo(3);
        assertThatThrownBy(() -> InteractionLog.builder(catalogue).add("u", "zzz", 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zzz");
    }

    @Test
    void invalidInteractionsAreRejected() {
        assertThatThrownBy(() -> new Interaction(" ", "i", 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interaction("u", "i", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interaction("u", "i", Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InteractionLog.builder().add("u", "i", Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idIndexMapsBothWays() {
        IdIndex.Builder b = IdIndex.builder();
        assertThat(b.add("x")).isEqualTo(0);
        assertThat(b.add("y")).isEqualTo(1);
        assertThat(b.add(" x ")).isEqualTo(0);
        IdIndex index = b.build();
        assertThat(index.id(1)).isEqualTo("y");
        assertThat(index.indexOf("nope")).isEqualTo(-1);
        assertThatThrownBy(() -> IdIndex.of(java.util.List.of("a", "a"))).hasMessageContaining("duplicate");
    }
}
