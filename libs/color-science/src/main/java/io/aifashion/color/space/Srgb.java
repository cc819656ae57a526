package io.aifashion.color.space;

import io.aifashion.color.InvalidColorException;

/**
 * An 8-bit-per-channel sRGB colour (IEC 61966-2-1), as found in {@code #rrggbb} strings, image
 * pixels and product feeds.
 */
public record Srgb(int red, int green, int blue) {

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    public Srgb {
        checkChannel("rgb.red", red);
        checkChannel("rgb.green", green);
        checkChannel("rgb.blue", blue);
    }

    private static void checkChannel(String field, int value) {
        if (value < 0 || value > 255) {
            throw new InvalidColorException(field, Integer.toString(value),
                    "8-bit sRGB channel " + field.substring(4) + " must be in 0..255; got " + value);
        }
    }

    public static Srgb of(int red, int green, int blue) {
        return new Srgb(red, green, blue);
    }

    /** From a packed {@code 0xRRGGBB} int (the alpha byte, if any, is ignored). */
    public static Srgb fromPacked(int rgb) {
        return new Srgb((rgb >>> 16) & 0xff, (rgb >>> 8) & 0xff, rgb & 0xff);
    }

    /**
     * Parses {@code #rrggbb} (also accepted: without the {@code #}, upper case, and the CSS
     * shorthand {@code #rgb}). Surrounding whitespace is ignored.
     *
     * @throws InvalidColorException (field {@code "hex"}) naming what is wrong: missing value,
     *                               wrong length, or the first non-hexadecimal character and its position
     */
    public static Srgb parseHex(String hex) {
        if (hex == null) {
            throw new InvalidColorException("hex", null, "hex colour is missing: expected #rrggbb");
        }
        String s = hex.strip();
        if (s.isEmpty()) {
            throw new InvalidColorException("hex", hex, "hex colour is empty: expected #rrggbb");
        }
        int start = s.charAt(0) == '#' ? 1 : 0;
        int digits = s.length() - start;
        if (digits != 6 && digits != 3) {
            throw new InvalidColorException("hex", hex, "hex colour '" + hex + "' is malformed: expected #rrggbb"
                    + " (6 hexadecimal digits after '#'), got " + digits + " character" + (digits == 1 ? "" : "s"));
        }
        int[] values = new int[digits];
        for (int i = 0; i < digits; i++) {
            char ch = s.charAt(start + i);
            int v = Character.digit(ch, 16);
            if (v < 0 || ch > 'f') { // Character.digit also accepts full-width and other Unicode digits
                throw new InvalidColorException("hex", hex, "hex colour '" + hex + "' is malformed: '" + ch
                        + "' at position " + (start + i + 1) + " is not a hexadecimal digit (0-9, a-f)");
            }
            values[i] = v;
        }
        if (digits == 3) {
            return new Srgb(values[0] * 17, values[1] * 17, values[2] * 17);
        }
        return new Srgb(values[0] * 16 + values[1], values[2] * 16 + values[3], values[4] * 16 + values[5]);
    }

    /** {@code 0xRRGGBB}. */
    public int packed() {
        return (red << 16) | (green << 8) | blue;
    }

    /** Lower-case {@code #rrggbb}. */
    public String toHex() {
        return new String(new char[] {'#',
                HEX_DIGITS[red >> 4], HEX_DIGITS[red & 15],
                HEX_DIGITS[green >> 4], HEX_DIGITS[green & 15],
                HEX_DIGITS[blue >> 4], HEX_DIGITS[blue & 15]});
    }

    /** Linear light via the IEC 61966-2-1 transfer function (table lookup, exact for 8-bit input). */
    public LinearRgb toLinear() {
        return new LinearRgb(SrgbTransferFunction.decode8(red), SrgbTransferFunction.decode8(green), SrgbTransferFunction.decode8(blue));
    }

    public Xyz toXyz() {
        return toLinear().toXyz();
    }

    /** CIELAB (D65) using the fast table-driven path of {@link LabConverter}. */
    public Lab toLab() {
        return LabConverter.toLab(red, green, blue);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
