package io.aifashion.recommendation.web;

import io.aifashion.kit.web.ApiProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON request body field by field, collecting every problem with its full path
 * ({@code variants[1].algorithm}) so that one 400 names all of them and nothing is acted on.
 */
final class JsonRequest {

    private final List<Map<String, Object>> errors = new ArrayList<>();

    static String path(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    void error(String field, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("field", field);
        e.put("message", message);
        errors.add(e);
    }

    boolean object(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            error(field.isEmpty() ? "body" : field, "must be a JSON object");
            return false;
        }
        return true;
    }

    void onlyKnown(JsonNode node, String prefix, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                error(path(prefix, name), "is not a known field (expected " + String.join(", ", known) + ")");
            }
        }
    }

    String text(JsonNode node, String prefix, String field, boolean required, int maxLength) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error(path(prefix, field), "is required");
            }
            return null;
        }
        if (!v.isString() || v.asString().isBlank()) {
            error(path(prefix, field), "must be a non-empty string");
            return null;
        }
        String s = v.asString().strip();
        if (s.length() > maxLength) {
            error(path(prefix, field), "must be at most " + maxLength + " characters");
            return null;
        }
        return s;
    }

    UUID uuid(JsonNode node, String prefix, String field) {
        String s = text(node, prefix, field, false, 36);
        if (s == null) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            error(path(prefix, field), "must be a UUID");
            return null;
        }
    }

    Instant instant(JsonNode node, String prefix, String field) {
        String s = text(node, prefix, field, false, 40);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            error(path(prefix, field), "must be an ISO-8601 UTC timestamp such as 2026-05-01T10:15:30Z");
            return null;
        }
    }

    Integer integer(JsonNode node, String prefix, String field, int min, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            error(path(prefix, field), "is required");
            return null;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            error(path(prefix, field), "must be a whole number from " + min + " to " + max);
            return null;
        }
        return v.asInt();
    }

    Double number(JsonNode node, String prefix, String field, double min, double max, double fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
            error(path(prefix, field), "must be a number from " + min + " to " + max);
            return null;
        }
        return v.asDouble();
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the collected problems as one 400, if there are any. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                    .collect(Collectors.joining("; "));
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request", detail,
                    Map.of("errors", List.copyOf(errors)));
        }
    }
}
