package io.aifashion.color.naming;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;

import java.util.Objects;

/**
 * A colour name with its representative colour.
 *
 * @param name   display name, e.g. "Navy Blue"
 * @param srgb   representative colour
 * @param lab    its CIELAB (D65)
 * @param source where the name comes from: {@code catalogue}, {@code fashion} or {@code css}
 *               (see the header of {@code named-colours.csv})
 */
public record NamedColor(String name, Srgb srgb, Lab lab, String source) {

    public NamedColor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidColorException("name", name, "colour name must not be blank");
        }
        Objects.requireNonNull(srgb, "srgb");
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(source, "source");
    }

    public static NamedColor of(String name, Srgb srgb, String source) {
        return new NamedColor(name, srgb, srgb.toLab(), source);
    }

    public String hex() {
        return srgb.toHex();
    }
}
