package io.aifashion.recommendation.infrastructure;

import io.aifashion.kit.privacy.PersonalDataSection;
import io.aifashion.recommendation.domain.interaction.InteractionLog;
import io.aifashion.recommendation.domain.shopper.ShopperRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What this service holds about a user, for their data export (GDPR Art. 15/20): the interaction
 * log entries, the palette and preferences it was told about, and experiment exposures and
 * conversions. The derived per-product read model is a function of the interactions and is not
 * repeated. Deletion is {@code PurgeUser}, on UserDeleted.
 */
@Configuration(proxyBeanMethods = false)
public class RecommendationPersonalData {

    @Bean
    public PersonalDataSection interactionsSection(InteractionLog log) {
        return section("interactions", userId -> log.ofUser(userId).stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id().toString());
            m.put("productId", i.productId());
            m.put("kind", i.kind().label());
            m.put("occurredAt", i.occurredAt().toString());
            m.put("experimentId", i.experimentId() == null ? null : i.experimentId().toString());
            m.put("variant", i.variant());
            return m;
        }).toList());
    }

    @Bean
    public PersonalDataSection shoppingProfileSection(ShopperRepository shoppers) {
        return section("recommendationProfile", userId -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("palette", shoppers.palette(userId).map(p -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("season", p.season());
                v.put("analysisId", p.analysisId());
                v.put("receivedAt", p.receivedAt().toString());
                v.put("wearable", p.wearable());
                v.put("neutrals", p.neutrals());
                v.put("accents", p.accents());
                v.put("metals", p.metals());
                v.put("avoid", p.avoid());
                return v;
            }).orElse(null));
            m.put("preferences", shoppers.preferences(userId).map(p -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("gender", p.gender().map(g -> g.label()).orElse(null));
                v.put("sizes", p.sizes());
                v.put("budget", p.budget().map(b -> Map.of("min", String.valueOf(b.min()), "max",
                        String.valueOf(b.max()), "currency", b.currency())).orElse(null));
                v.put("favouriteColors", p.favouriteColours());
                v.put("dislikedColors", p.dislikedColours());
                v.put("styleTags", p.styleTags());
                v.put("updatedAt", p.updatedAt().toString());
                return v;
            }).orElse(null));
            return m;
        });
    }

    @Bean
    public PersonalDataSection experimentsSection(JdbcClient jdbc) {
        return section("experiments", userId -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("exposures", jdbc.sql("""
                    select experiment_id, variant, first_at, last_at from experiment_exposure where user_id = :u
                    order by first_at
                    """).param("u", userId).query((rs, i) -> Map.of(
                    "experimentId", rs.getString("experiment_id"), "variant", rs.getString("variant"),
                    "firstAt", rs.getTimestamp("first_at").toInstant().toString(),
                    "lastAt", rs.getTimestamp("last_at").toInstant().toString())).list());
            m.put("conversions", jdbc.sql("""
                    select experiment_id, variant, product_id, kind, occurred_at from experiment_conversion
                    where user_id = :u order by occurred_at
                    """).param("u", userId).query((rs, i) -> Map.of(
                    "experimentId", rs.getString("experiment_id"), "variant", rs.getString("variant"),
                    "productId", rs.getString("product_id"), "kind", rs.getString("kind"),
                    "occurredAt", rs.getTimestamp("occurred_at").toInstant().toString())).list());
            return m;
        });
    }

    private static PersonalDataSection section(String name, java.util.function.Function<String, Object> export) {
        return new PersonalDataSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object export(String userId) {
                return export.apply(userId);
            }
        };
    }
}
