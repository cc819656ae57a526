package io.aifashion.kit.security;

import org.springframework.http.HttpMethod;

/** A request pattern that needs no token: {@code /path/**} for every method, or {@code GET /path/**}. */
public record PublicPath(HttpMethod method, String pattern) {

    public PublicPath {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("public path must start with '/', was " + pattern);
        }
    }

    public static PublicPath parse(String spec) {
        String s = spec.trim();
        int space = s.indexOf(' ');
        if (space < 0) {
            return new PublicPath(null, s);
        }
        return new PublicPath(HttpMethod.valueOf(s.substring(0, space).toUpperCase(java.util.Locale.ROOT)),
                s.substring(space + 1).trim());
    }
}
