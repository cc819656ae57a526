package io.aifashion.kit.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;

/** Maps HTTP statuses to this system's problem type URIs for errors raised by the framework itself. */
public final class ProblemTypes {

    private ProblemTypes() {
    }

    public static URI forStatus(HttpStatusCode status) {
        String slug = switch (status.value()) {
            case 400 -> "validation-error";
            case 401 -> "authentication-required";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 503 -> "service-unavailable";
            case 500 -> "internal-error";
            default -> "http-" + status.value();
        };
        return URI.create(ApiProblem.TYPE_BASE + slug);
    }

    public static URI of(String slug) {
        return URI.create(ApiProblem.TYPE_BASE + slug);
    }
}
