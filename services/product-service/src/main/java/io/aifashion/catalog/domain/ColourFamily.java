package io.aifashion.catalog.domain;

import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.util.Locale;

/**
 * The coarse colour name a shopper filters by ("blue", "beige"). There is no standard for these
 * facets; the rules below are this catalogue's convention, chosen so that the 46 colour names of
 * retail feeds (styles.csv) land where a shopper expects them (tested in ColourFamilyTest).
 *
 * <p>Lightness and chroma come from CIELAB, where they are perceptually meaningful. The hue bands
 * use the display (HSV) hue of the sRGB colour instead of the CIELAB hue angle, because CIELAB's
 * constant-hue lines bend in the blue region: pure sRGB blue #0000ff has a CIELAB hue of 306°,
 * next to purple (#6a3d9a, 312°), while its HSV hue is 240° against purple's 269°.
 */
public enum ColourFamily {
    BLACK, WHITE, GREY, RED, PINK, ORANGE, BROWN, BEIGE, YELLOW, GREEN, TEAL, BLUE, PURPLE, UNKNOWN;

    /** Chroma C*ab below which a colour counts as achromatic. */
    private static final double NEUTRAL_CHROMA = 10.0;

    /** The lower-case name, computed once: every written product and listed row asks for it. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static ColourFamily parse(String value, String field) {
        if (value != null) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            for (ColourFamily f : values()) {
                if (f.name().equals(v)) {
                    return f;
                }
            }
        }
        throw new InvalidProductException(field, field + " '" + value + "' is not a colour family (black, white, grey,"
                + " red, pink, orange, brown, beige, yellow, green, teal, blue, purple, unknown)");
    }

    /** The family of a known colour. */
    public static ColourFamily of(Srgb colour, Lab lab) {
        double l = lab.l();
        double c = lab.chroma();
        if (c < NEUTRAL_CHROMA) {
            return l >= 85 ? WHITE : l <= 20 ? BLACK : GREY;
        }
        if (l < 15) {
            return BLACK;
        }
        double h = displayHue(colour);
        if (h >= 345 || h < 15) {
            if (l >= 58 && c < 45) {
                return PINK;
            }
            return l < 50 && c < 25 ? BROWN : RED;
        }
        if (h < 40) {
            if (l >= 70 && c < 28) {
                return BEIGE;
            }
            return l < 50 || c < 20 ? BROWN : ORANGE;
        }
        if (h < 65) {
            if (l >= 70 && c < 28) {
                return BEIGE;
            }
            if (c < 20) {
                return BROWN;
            }
            return l < 55 ? GREEN : YELLOW; // dark yellow is olive
        }
        if (h < 165) {
            return GREEN;
        }
        if (h < 197) {
            return TEAL;
        }
        if (h < 255) {
            return BLUE;
        }
        if (h < 300) {
            return PURPLE;
        }
        return l >= 40 ? PINK : PURPLE;
    }

    /** HSV hue in degrees [0, 360) of an sRGB colour (0 for greys). */
    static double displayHue(Srgb s) {
        int r = s.red();
        int g = s.green();
        int b = s.blue();
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        double d = max - min;
        if (d == 0) {
            return 0;
        }
        double h;
        if (max == r) {
            h = (g - b) / d;
        } else if (max == g) {
            h = (b - r) / d + 2;
        } else {
            h = (r - g) / d + 4;
        }
        h *= 60;
        return h < 0 ? h + 360 : h;
    }
}
