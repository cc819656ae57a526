package io.aifashion.launcher.analyze;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.skin.ToneScale;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --scale} option: {@code monk} (the default; the Monk tone is always reported),
 * {@code fitzpatrick} (the six illustrative Fitzpatrick swatches), or a comma-separated list of at
 * least two {@code #rrggbb} (or {@code rrggbb}) colours, numbered from 1 in the order given.
 */
final class ScaleOption {

    private ScaleOption() {
    }

    /** The extra scale to classify against, or null for Monk only. */
    static ToneScale parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        switch (v.toLowerCase(Locale.ROOT)) {
            case "monk":
                return null;
            case "fitzpatrick":
                return ToneScale.fitzpatrick();
            default:
                List<String> hexes = Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> s.startsWith("#") ? s : "#" + s).toList();
                if (hexes.size() < 2) {
                    throw new IllegalArgumentException("--scale needs monk, fitzpatrick or at least two colours HEX,HEX,...; got '" + value + "'");
                }
                try {
                    return ToneScale.fromHex("custom", hexes);
                } catch (InvalidColorException e) {
                    throw new IllegalArgumentException("--scale: " + e.getMessage(), e);
                }
        }
    }
}
