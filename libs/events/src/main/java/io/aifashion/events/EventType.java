package io.aifashion.events;

import io.aifashion.events.payload.InteractionRecorded;
import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.events.payload.ProductRemoved;
import io.aifashion.events.payload.ProductUpserted;
import io.aifashion.events.payload.RecommendationsRefreshed;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.events.payload.UserNotificationRequested;
import io.aifashion.events.payload.UserRegistered;
import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of events (DESIGN.md §4). Each type names its bounded context, its payload record
 * and its schema version; the topic is derived as {@code aifashion.<context>.<event>.v<version>}
 * so that a breaking change gets a new topic and old consumers keep reading the old one.
 */
public enum EventType {
    USER_REGISTERED("UserRegistered", "identity", "user-registered", 1, UserRegistered.class),
    USER_DELETED("UserDeleted", "identity", "user-deleted", 1, UserDeleted.class),
    PREFERENCES_CHANGED("PreferencesChanged", "identity", "preferences-changed", 1, PreferencesChanged.class),
    USER_NOTIFICATION_REQUESTED("UserNotificationRequested", "identity", "user-notification-requested", 1,
            UserNotificationRequested.class),
    SKIN_TONE_ANALYZED("SkinToneAnalyzed", "analysis", "skin-tone-analyzed", 1, SkinToneAnalyzed.class),
    PALETTE_GENERATED("PaletteGenerated", "color", "palette-generated", 1, PaletteGenerated.class),
    PRODUCT_UPSERTED("ProductUpserted", "catalog", "product-upserted", 1, ProductUpserted.class),
    PRODUCT_REMOVED("ProductRemoved", "catalog", "product-removed", 1, ProductRemoved.class),
    INTERACTION_RECORDED("InteractionRecorded", "recommendation", "interaction-recorded", 1,
            InteractionRecorded.class),
    RECOMMENDATIONS_REFRESHED("RecommendationsRefreshed", "recommendation", "recommendations-refreshed", 1,
            RecommendationsRefreshed.class);

    private final String typeName;
    private final String context;
    private final String eventSlug;
    private final int version;
    private final Class<? extends EventPayload> payloadType;

    EventType(String typeName, String context, String eventSlug, int version,
              Class<? extends EventPayload> payloadType) {
        this.typeName = typeName;
        this.context = context;
        this.eventSlug = eventSlug;
        this.version = version;
        this.payloadType = payloadType;
    }

    /** The {@code type} field of the envelope, e.g. {@code SkinToneAnalyzed}. */
    public String typeName() {
        return typeName;
    }

    public int version() {
        return version;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    /** The Kafka topic, e.g. {@code aifashion.analysis.skin-tone-analyzed.v1}. */
    public String topic() {
        return "aifashion." + context + "." + eventSlug + ".v" + version;
    }

    /** The dead-letter topic for records a consumer could not process after its retries. */
    public String deadLetterTopic() {
        return topic() + ".dlt";
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }

    public static EventType of(Class<? extends EventPayload> payloadType) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType.equals(payloadType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payloadType.getName()));
    }
}
