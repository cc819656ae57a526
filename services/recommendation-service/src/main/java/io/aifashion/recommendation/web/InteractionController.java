package io.aifashion.recommendation.web;

import io.aifashion.kit.security.CurrentUser;
import io.aifashion.recommendation.application.RecordInteractions;
import io.aifashion.recommendation.application.RecordInteractions.NewInteraction;
import io.aifashion.recommendation.application.RecordInteractions.Recorded;
import io.aifashion.recommendation.domain.interaction.InteractionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/interactions}: one interaction {@code {productId, kind, occurredAt?, id?}} or a
 * batch {@code {interactions: [...]}} of up to 100. All valid or nothing is recorded.
 */
@RestController
public class InteractionController {

    static final Set<String> FIELDS = Set.of("id", "productId", "kind", "occurredAt");

    private final RecordInteractions record;

    public InteractionController(RecordInteractions record) {
        this.record = record;
    }

    @PostMapping("/api/v1/interactions")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> record(@RequestBody JsonNode body) {
        String userId = CurrentUser.require();
        JsonRequest request = new JsonRequest();
        List<NewInteraction> batch = new ArrayList<>();
        if (request.object(body, "")) {
            if (body.has("interactions")) {
                request.onlyKnown(body, "", Set.of("interactions"));
                JsonNode list = body.get("interactions");
                if (!list.isArray() || list.isEmpty() || list.size() > RecordInteractions.MAX_BATCH) {
                    request.error("interactions", "must be a list of 1–" + RecordInteractions.MAX_BATCH
                            + " interactions");
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        read(request, list.get(i), "interactions[" + i + "]", batch);
                    }
                }
            } else {
                read(request, body, "", batch);
            }
        }
        if (request.hasErrors()) {
            // report unknown products together with the other mistakes, all in one answer
            Set<String> unknown = record.unknownProducts(batch.stream().map(NewInteraction::productId).toList());
            batch.stream().filter(n -> unknown.contains(n.productId())).forEach(n -> request.error(
                    JsonRequest.path(n.field(), "productId"), "no product '" + n.productId() + "' in the catalogue"));
        }
        request.throwIfInvalid();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Recorded r : record.record(userId, batch)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.interaction().id().toString());
            m.put("productId", r.interaction().productId());
            m.put("kind", r.interaction().kind().label());
            m.put("occurredAt", r.interaction().occurredAt().toString());
            m.put("status", r.duplicate() ? "duplicate" : "recorded");
            if (r.interaction().experimentId() != null) {
                m.put("experiment", Map.of("id", r.interaction().experimentId().toString(),
                        "variant", r.interaction().variant()));
            }
            out.add(m);
        }
        return Map.of("interactions", out);
    }

    private static void read(JsonRequest request, JsonNode node, String prefix, List<NewInteraction> batch) {
        if (!request.object(node, prefix)) {
            return;
        }
        request.onlyKnown(node, prefix, FIELDS);
        String productId = request.text(node, prefix, "productId", true, 100);
        String kindText = request.text(node, prefix, "kind", true, 20);
        InteractionKind kind = null;
        if (kindText != null) {
            kind = InteractionKind.parse(kindText).orElse(null);
            if (kind == null) {
                request.error(JsonRequest.path(prefix, "kind"), "must be one of " + InteractionKind.labels());
            }
        }
        var occurredAt = request.instant(node, prefix, "occurredAt");
        var id = request.uuid(node, prefix, "id");
        if (productId != null) {
            // kept even with an invalid kind, so an unknown product is reported too; never recorded then
            batch.add(new NewInteraction(prefix, id, productId, kind, occurredAt));
        }
    }
}
