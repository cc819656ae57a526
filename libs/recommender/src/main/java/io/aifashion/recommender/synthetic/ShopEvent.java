package io.aifashion.recommender.synthetic;

import io.aifashion.recommender.data.EventType;

/** One simulated event. */
public record ShopEvent(String userId, String itemId, EventType type, long timestamp) {
}
