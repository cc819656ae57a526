package io.aifashion.gateway.domain;

import java.util.Locale;

/**
 * A request matcher written as {@code /path/**} (any method) or {@code POST /path/**}, with
 * Ant-style {@code *} (one segment) and {@code **} (any rest).
 */
public record EdgeRule(String method, String pattern) {

    public EdgeRule {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with '/': " + pattern);
        }
        method = method == null ? null : method.toUpperCase(Locale.ROOT);
    }

    public static EdgeRule parse(String spec) {
        String s = spec.trim();
        int space = s.indexOf(' ');
        return space < 0 ? new EdgeRule(null, s) : new EdgeRule(s.substring(0, space), s.substring(space + 1).trim());
    }

    public boolean matches(String requestMethod, String path) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        return matchSegments(pattern.split("/"), 0, path.split("/"), 0);
    }

    private static boolean matchSegments(String[] p, int i, String[] s, int j) {
        if (i == p.length) {
            return j == s.length;
        }
        if (p[i].equals("**")) {
            for (int k = j; k <= s.length; k++) {
                if (matchSegments(p, i + 1, s, k)) {
                    return true;
                }
            }
            return false;
        }
        if (j == s.length) {
            return false;
        }
        return (p[i].equals("*") || p[i].equals(s[j])) && matchSegments(p, i + 1, s, j + 1);
    }
}
