package io.aifashion.identity.web;

import io.aifashion.identity.domain.InvalidInputException;
import io.aifashion.kit.web.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * Collects every invalid field of a request so that one 400 names them all, in the kit's
 * {@code validation-error} shape ({@code errors: [{field, message}]}).
 */
final class FieldErrors {

    private final List<Map<String, Object>> errors = new ArrayList<>();

    /** The parsed value, or null after recording why it could not be parsed. */
    <T> T read(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            add(e.field(), e.getMessage());
            return null;
        }
    }

    void add(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        errors.add(error);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw problem(errors);
        }
    }

    static ApiProblem problem(List<Map<String, Object>> errors) {
        String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request", detail,
                Map.of("errors", List.copyOf(errors)));
    }

    static ApiProblem single(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return problem(List.of(error));
    }
}
