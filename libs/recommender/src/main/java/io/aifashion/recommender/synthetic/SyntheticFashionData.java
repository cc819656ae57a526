package io.aifashion.recommender.synthetic;

import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.data.InteractionLog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A simulated shop: catalogue, shoppers and their events in time order. */
public record SyntheticFashionData(ItemCatalog catalogue, List<SyntheticShopper> shoppers, List<ShopEvent> events) {

    public SyntheticFashionData {
        shoppers = List.copyOf(shoppers);
        events = List.copyOf(events);
    }

    /** The events as weighted interactions over the catalogue's item index (every shopper registered). */
    public InteractionLog toLog(EventWeights weights) {
        InteractionLog.Builder b = InteractionLog.builder(catalogue.items());
        for (SyntheticShopper s : shoppers) {
            b.addUser(s.userId());
        }
        for (ShopEvent e : events) {
            b.add(e.userId(), e.itemId(), weights.weightOf(e.type()), e.timestamp());
        }
        return b.build();
    }

    /** Known palette per shopper id, as a content scorer would get it from a skin-tone analysis. */
    public Map<String, List<FeatureVector>> palettes() {
        Map<String, List<FeatureVector>> out = new LinkedHashMap<>();
        for (SyntheticShopper s : shoppers) {
            out.put(s.userId(), s.palette());
        }
        return out;
    }
}
