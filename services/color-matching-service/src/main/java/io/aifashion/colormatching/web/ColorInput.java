package io.aifashion.colormatching.web;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.io.Serializable;

/**
 * A colour as a client sends it: either {@code hex} ({@code #rrggbb}) or CIELAB {@code l}, {@code a},
 * {@code b} (D65). Exactly one form.
 */
public record ColorInput(String hex, Double l, Double a, Double b) implements Serializable {

    /** @param field the request field, named in the error if the colour is invalid */
    public Lab toLab(String field) {
        boolean hasLab = l != null || a != null || b != null;
        if (hex != null && hasLab) {
            throw new InvalidColorException(field, hex, field + ": give either hex or l/a/b, not both");
        }
        if (hex != null) {
            try {
                return Srgb.parseHex(hex).toLab();
            } catch (InvalidColorException e) {
                throw new InvalidColorException(field + ".hex", hex, field + ".hex: " + e.getMessage());
            }
        }
        if (l == null || a == null || b == null) {
            throw new InvalidColorException(field, null, field + ": a colour needs hex or all of l, a and b");
        }
        if (!(l >= 0 && l <= 100)) {
            throw new InvalidColorException(field + ".l", String.valueOf(l), field + ".l must be between 0 and 100");
        }
        if (!(Math.abs(a) <= Lab.MAX_AB) || !(Math.abs(b) <= Lab.MAX_AB)) {
            throw new InvalidColorException(field + ".a", a + "," + b,
                    field + ": a and b must be between -" + (int) Lab.MAX_AB + " and " + (int) Lab.MAX_AB);
        }
        return new Lab(l, a, b);
    }
}
