package io.aifashion.recommendation.infrastructure;

import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.events.payload.ProductRemoved;
import io.aifashion.events.payload.ProductUpserted;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.kit.events.EventInbox;
import io.aifashion.recommendation.application.ApplyCatalogueChange;
import io.aifashion.recommendation.application.ApplyPalette;
import io.aifashion.recommendation.application.ApplyPreferences;
import io.aifashion.recommendation.application.PurgeUser;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the read models from other services' events, each event applied once (the kit's inbox).
 * The service does not consume its own InteractionRecorded topic: the log's read model is folded in
 * the same transaction that appends to the log (docs/recommendations.md explains why).
 */
@Component
public class RecommendationEventListener {

    static final String CONSUMER = "recommendation-service";

    private final EventInbox inbox;
    private final ApplyCatalogueChange catalogue;
    private final ApplyPalette palettes;
    private final ApplyPreferences preferences;
    private final PurgeUser purge;

    public RecommendationEventListener(EventInbox inbox, ApplyCatalogueChange catalogue, ApplyPalette palettes,
                                       ApplyPreferences preferences, PurgeUser purge) {
        this.inbox = inbox;
        this.catalogue = catalogue;
        this.palettes = palettes;
        this.preferences = preferences;
        this.purge = purge;
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).PRODUCT_UPSERTED.topic()}", groupId = CONSUMER)
    public void onProductUpserted(String message) {
        inbox.accept(CONSUMER, message, ProductUpserted.class, (envelope, event) -> catalogue.upserted(event));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).PRODUCT_REMOVED.topic()}", groupId = CONSUMER)
    public void onProductRemoved(String message) {
        inbox.accept(CONSUMER, message, ProductRemoved.class, (envelope, event) -> catalogue.removed(event));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).PALETTE_GENERATED.topic()}", groupId = CONSUMER)
    public void onPaletteGenerated(String message) {
        inbox.accept(CONSUMER, message, PaletteGenerated.class,
                (envelope, event) -> palettes.generated(envelope.id(), event));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).PREFERENCES_CHANGED.topic()}", groupId = CONSUMER)
    public void onPreferencesChanged(String message) {
        inbox.accept(CONSUMER, message, PreferencesChanged.class,
                (envelope, event) -> preferences.changed(envelope.id(), event));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).USER_DELETED.topic()}", groupId = CONSUMER)
    public void onUserDeleted(String message) {
        inbox.accept(CONSUMER, message, UserDeleted.class, (envelope, event) -> purge.purge(event.userId()));
    }
}
