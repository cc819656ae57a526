package io.aifashion.catalog.web;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import io.aifashion.kit.web.ApiProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of query parameters: an unknown parameter, a repeated single-valued one or a value
 * of the wrong type is a 400 problem that names the parameter, never silently ignored (a typo such
 * as {@code colour_family} would otherwise return an unfiltered list that looks right).
 */
final class QueryParams {

    private final Map<String, String[]> params;

    QueryParams(Map<String, String[]> params, Set<String> allowed) {
        this.params = params;
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw ApiProblem.badRequest(name, "unknown parameter '" + name + "'; this endpoint takes "
                    + String.join(", ", new TreeSet<>(allowed)));
        }
    }

    /** The single value, or null when absent or blank. */
    String text(String name) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw ApiProblem.badRequest(name, name + " is given " + values.length + " times; give it once");
        }
        return values[0].isBlank() ? null : values[0].strip();
    }

    /** Every value, from repeated parameters and comma-separated lists. */
    List<String> list(String name) {
        String[] values = params.get(name);
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    BigDecimal decimal(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, name + " '" + v + "' is not a number");
        }
    }

    double number(String name, double fallback) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, name + " '" + v + "' is not a number");
        }
    }

    int integer(String name, int fallback) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, name + " '" + v + "' is not a whole number");
        }
    }

    boolean bool(String name) {
        String v = text(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiProblem.badRequest(name, name + " '" + v + "' is not true or false");
        };
    }

    /** A {@code #rrggbb} colour as CIELAB, or null when absent. */
    Lab colour(String name) {
        String v = text(name);
        return v == null ? null : lab(name, v);
    }

    static Lab lab(String name, String hex) {
        try {
            return Srgb.parseHex(hex).toLab();
        } catch (InvalidColorException e) {
            throw ApiProblem.badRequest(name, e.getMessage());
        }
    }
}
