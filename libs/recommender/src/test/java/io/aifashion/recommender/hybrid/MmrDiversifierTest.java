package io.aifashion.recommender.hybrid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MmrDiversifierTest {

    // items 0,1,2 are near-duplicates; 3 and 4 are different from everything
    private final ItemSimilarity similarity = (a, b) -> a == b || (a < 3 && b < 3) ? 1 : 0;
    private final float[] relevance = {1.0f, 0.95f, 0.9f, 0.6f, 0.5f};
    private final int[] candidates = {0, 1, 2, 3, 4};

    @Test
    void lambdaOneKeepsTheRelevanceOrder() {
        assertThat(new MmrDiversifier(similarity, 1, 3).rerank(candidates, relevance, 3)).containsExactly(0, 1, 2);
    }

    @Test
    void lowerLambdaSkipsNearDuplicates() {
        // after 0: item 1 scores 0.5·0.9 − 0.5·1 < 0, item 3 scores 0.5·0.2 − 0 > 0
        assertThat(new MmrDiversifier(similarity, 0.5, 3).rerank(candidates, relevance, 3)).containsExactly(0, 3, 4);
    }

    @Test
    void returnsNoMoreThanItHas() {
        assertThat(new MmrDiversifier(similarity, 0.5, 3).rerank(new int[] {2, 4}, relevance, 5)).containsExactlyInAnyOrder(2, 4);
        assertThat(new MmrDiversifier(similarity, 0.5, 3).poolSize(10)).isEqualTo(30);
    }
}
