package io.aifashion.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import io.aifashion.events.payload.ProductUpserted;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Foundation shades, the demo catalogue's regeneration, and events reaching Kafka. */
class ShadeAndDemoApiTest extends CatalogueTestBase {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void matchesTheNearestShadesOfEveryBrand() {
        String skin = MonkScale.standard().reference(6).toHex();
        JsonNode result = ok(get("/api/v1/shades/match?hex=" + enc(skin)));
        assertThat(result.get("monkTone").asInt()).isEqualTo(6);
        JsonNode brands = result.get("brands");
        assertThat(brands.size()).isGreaterThanOrEqualTo(10);
        Lab q = Srgb.parseHex(skin).toLab();
        double previousBest = 0;
        for (JsonNode brand : brands) {
            JsonNode shades = brand.get("shades");
            assertThat(shades.size()).isBetween(1, 3);
            double best = shades.get(0).get("deltaE").asDouble();
            assertThat(best).isGreaterThanOrEqualTo(previousBest);
            previousBest = best;
            double previous = 0;
            for (JsonNode s : shades) {
                double d = s.get("deltaE").asDouble();
                assertThat(d).isGreaterThanOrEqualTo(previous);
                previous = d;
                Lab shade = Srgb.parseHex(s.get("shade").get("hex").asString()).toLab();
                assertThat(d).isCloseTo(Ciede2000.deltaE(q, shade), org.assertj.core.data.Offset.offset(0.006));
                String expectedGrade = d <= 1 ? "excellent" : d <= 2.5 ? "good" : d <= 5 ? "fair" : "poor";
                assertThat(s.get("grade").asString()).isEqualTo(expectedGrade);
                assertThat(s.get("shade").get("brand").asString()).isEqualTo(brand.get("brand").asString());
            }
        }
        // The demo range is dense enough that every Monk tone has a close match somewhere.
        assertThat(brands.get(0).get("shades").get(0).get("deltaE").asDouble()).isLessThan(5.0);

        String firstBrand = brands.get(0).get("brand").asString();
        JsonNode one = ok(get("/api/v1/shades/match?hex=" + enc(skin) + "&brand=" + enc(firstBrand.toUpperCase())
                + "&perBrand=5"));
        assertThat(one.get("brands").size()).isEqualTo(1);
        assertThat(one.get("brands").get(0).get("shades").size()).isEqualTo(5);
        badRequest(get("/api/v1/shades/match?hex=" + enc(skin) + "&perBrand=0"), "perBrand");
        badRequest(get("/api/v1/shades/match?hex=beige"), "hex");
    }

    @Test
    void listsShadesAcrossTheWholeMonkScale() {
        JsonNode shades = ok(get("/api/v1/shades"));
        Set<Integer> tones = new HashSet<>();
        shades.forEach(s -> tones.add(s.get("monkTone").asInt()));
        assertThat(tones).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void regeneratingTheDemoCatalogueIsIdempotentAndShrinksByRemoving() {
        long outbox = count("select count(*) from outbox_event");
        JsonNode same = ok(send("POST", "/api/v1/products/demo-data?products=" + DEMO_PRODUCTS, null, null, ADMIN));
        assertThat(same.get("created").asLong()).isZero();
        assertThat(same.get("updated").asLong()).isZero();
        assertThat(same.get("unchanged").asLong()).isEqualTo(DEMO_PRODUCTS);
        assertThat(same.get("removed").asInt()).isZero();
        assertThat(count("select count(*) from outbox_event")).isEqualTo(outbox);

        JsonNode smaller = ok(send("POST", "/api/v1/products/demo-data?products=" + (DEMO_PRODUCTS - 100), null, null,
                ADMIN));
        assertThat(smaller.get("removed").asInt()).isGreaterThan(0);
        assertThat(count("select count(*) from outbox_event where event_type = 'ProductRemoved'"))
                .isGreaterThanOrEqualTo(smaller.get("removed").asLong());
        JsonNode back = ok(send("POST", "/api/v1/products/demo-data?products=" + DEMO_PRODUCTS, null, null, ADMIN));
        assertThat(back.get("created").asLong()).isEqualTo(smaller.get("removed").asLong());
        assertThat(count("select count(*) from product where sku like 'DEMO-%'")).isEqualTo(DEMO_PRODUCTS);
        badRequest(send("POST", "/api/v1/products/demo-data?products=0", null, null, ADMIN), "products");
    }

    @Test
    void productEventsReachKafka() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "catalog-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(io.aifashion.events.EventType.PRODUCT_UPSERTED.topic()));
            io.aifashion.events.EventCodec codec = new io.aifashion.events.EventCodec();
            Set<String> skus = new HashSet<>();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    ProductUpserted p = codec.payload(codec.fromJson(r.value()), ProductUpserted.class);
                    assertThat(r.key()).isEqualTo(p.productId());
                    skus.add(p.sku());
                });
                return skus.stream().filter(s -> s.startsWith("DEMO-")).count() >= 100;
            });
        }
    }
}
