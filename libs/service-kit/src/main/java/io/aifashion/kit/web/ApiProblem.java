package io.aifashion.kit.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error a caller caused (or a state they must be told about), carried to the edge as an RFC 9457
 * problem. Services throw it from their web or application layer; {@link ProblemDetailsAdvice}
 * renders it. The {@code type} is a stable URI under {@link #TYPE_BASE} that clients may switch on.
 */
public class ApiProblem extends RuntimeException {

    /** Base of every problem type URI this system emits (documented in docs/api.md). */
    public static final String TYPE_BASE = "https://aifashion.io/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.properties = Map.copyOf(new LinkedHashMap<>(properties));
    }

    public static ApiProblem badRequest(String field, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request", detail,
                Map.of("errors", java.util.List.of(Map.of("field", field, "message", detail))));
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                what + " " + id + " does not exist", Map.of());
    }

    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, slug, "Conflict", detail, Map.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, Map.of());
    }

    public static ApiProblem unprocessable(String slug, String title, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, detail, Map.of());
    }

    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable", detail,
                Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
