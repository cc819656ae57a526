package io.aifashion.recommender.synthetic;

import io.aifashion.recommender.data.EventType;
import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.data.InteractionMatrix;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDataTest {

    private final SyntheticFashionData data = new SyntheticFashionGenerator().generate(SyntheticFashionConfig.of(800, 400, 9));

    @Test
    void isReproducibleFromItsSeed() {
        SyntheticFashionData again = new SyntheticFashionGenerator().generate(SyntheticFashionConfig.of(800, 400, 9));
        assertThat(again.events()).isEqualTo(data.events());
        SyntheticFashionData other = new SyntheticFashionGenerator().generate(SyntheticFashionConfig.of(800, 400, 10));
        assertThat(other.events()).isNotEqualTo(data.events());
    }

    @Test
    void hasEveryEventTypeAndTimeOrder() {
        Set<EventType> types = data.events().stream().map(ShopEvent::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        assertThat(types).containsExactlyInAnyOrder(EventType.values());
        for (int k = 1; k < data.events().size(); k++) {
            assertThat(data.events().get(k).timestamp()).isGreaterThanOrEqualTo(data.events().get(k - 1).timestamp());
        }
        assertThat(data.shoppers()).hasSize(800).allSatisfy(s -> {
            assertThat(s.palette()).hasSize(5);
            assertThat(s.preferredCategories()).hasSizeBetween(2, 3);
        });
        assertThat(data.catalogue().size()).isEqualTo(400);
    }

    @Test
    void popularityHasALongTailAndActivityIsSkewed() {
        InteractionMatrix m = data.toLog(EventWeights.defaults()).toMatrix();
        int[] support = m.itemSupport();
        int[] sorted = support.clone();
        Arrays.sort(sorted);
        long total = Arrays.stream(support).sum();
        long top10 = Arrays.stream(sorted, sorted.length - sorted.length / 10, sorted.length).sum();
        assertThat(top10).as("top 10%% of products' share of interactions").isGreaterThan(total / 4);
        int light = 0;
        int heavy = 0;
        for (int u = 0; u < m.userCount(); u++) {
            int n = m.byUser().length(u) + m.dislikes().length(u);
            light += n <= 3 ? 1 : 0;
            heavy += n >= 20 ? 1 : 0;
        }
        assertThat(light).isGreaterThan(m.userCount() / 5);
        assertThat(heavy).isPositive();
    }

    @Test
    void shoppersMostlyTouchProductsInTheirPalette() {
        long near = 0;
        long views = 0;
        var byId = data.shoppers().stream().collect(Collectors.toMap(SyntheticShopper::userId, s -> s));
        for (ShopEvent e : data.events()) {
            if (e.type() != EventType.LIKE) {
                continue;
            }
            views++;
            var colour = data.catalogue().features(data.catalogue().items().indexOf(e.itemId())).colour();
            double nearest = byId.get(e.userId()).palette().stream()
                    .mapToDouble(p -> new io.aifashion.recommender.content.EuclideanDistance().distance(p, colour)).min().orElseThrow();
            near += nearest < 20 ? 1 : 0;
        }
        // a random product is within ΔE 20 of a 5-colour palette far less often
        assertThat(near).isGreaterThan(views / 2);
    }

    @Test
    void plantedBlocksPutMostInteractionsInTheUsersBlock() {
        PlantedBlockData d = new PlantedBlockGenerator().generate(new PlantedBlockConfig(200, 100, 4, 10, 0.9, 0.5, 1));
        int inBlock = 0;
        int[] userBlock = d.userBlock();
        int[] itemBlock = d.itemBlock();
        for (int r = 0; r < d.log().size(); r++) {
            inBlock += userBlock[d.log().user(r)] == itemBlock[d.log().item(r)] ? 1 : 0;
        }
        // 90% drawn in-block plus a quarter of the global draws landing there by chance
        assertThat(inBlock / (double) d.log().size()).isBetween(0.88, 0.97);
    }
}
