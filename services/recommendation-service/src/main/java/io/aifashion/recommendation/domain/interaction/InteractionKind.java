package io.aifashion.recommendation.domain.interaction;

import io.aifashion.recommender.data.EventType;
import java.util.Arrays;
import java.util.Optional;

/** What a shopper did with a product, in the API's and the events' spelling. */
public enum InteractionKind {
    VIEW("view", EventType.VIEW),
    CLICK("click", EventType.CLICK),
    LIKE("like", EventType.LIKE),
    DISLIKE("dislike", EventType.DISLIKE),
    ADD_TO_CART("add-to-cart", EventType.ADD_TO_CART),
    PURCHASE("purchase", EventType.PURCHASE);

    private final String label;
    private final EventType eventType;

    InteractionKind(String label, EventType eventType) {
        this.label = label;
        this.eventType = eventType;
    }

    public String label() {
        return label;
    }

    /** The recommender library's event type, which carries the implicit-feedback weight. */
    public EventType eventType() {
        return eventType;
    }

    /** Whether an experiment counts it as engagement with a recommended product. */
    public boolean countsAsConversion() {
        return this == CLICK || this == ADD_TO_CART || this == PURCHASE;
    }

    public static Optional<InteractionKind> parse(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(InteractionKind::label).toList());
    }
}
