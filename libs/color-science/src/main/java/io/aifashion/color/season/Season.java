package io.aifashion.color.season;

import io.aifashion.color.InvalidColorException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The twelve seasons of the 12-season (tonal) colour analysis system, which refines the four
 * seasons of Jackson ("Color Me Beautiful", 1980) by each season's dominant characteristic — the
 * system taught by Kathryn Kalisz's Sci\ART and used by most analysts today.
 *
 * <p>Each season is described by a primary and a secondary characteristic out of value
 * (light/deep), temperature (warm/cool) and chroma (bright/soft). Seasons that share a
 * characteristic are neighbours on the colour wheel of the system (Light Spring — True Spring —
 * Bright Spring — Bright Winter — True Winter — Deep Winter — Deep Autumn — True Autumn — Soft
 * Autumn — Soft Summer — True Summer — Light Summer — back to Light Spring); a person between two
 * neighbours can usually wear both palettes' shared colours.
 */
public enum Season {
    LIGHT_SPRING("Light Spring", Family.SPRING, Characteristic.LIGHT, Characteristic.WARM, "Light Spring is light first, then warm: delicate, clear, warm colours."),
    TRUE_SPRING("True Spring", Family.SPRING, Characteristic.WARM, Characteristic.BRIGHT, "True Spring is warm first, then clear: fresh, golden, saturated colours."),
    BRIGHT_SPRING("Bright Spring", Family.SPRING, Characteristic.BRIGHT, Characteristic.WARM, "Bright Spring is clear first, then warm: vivid, high-contrast colours with a warm lean."),
    BRIGHT_WINTER("Bright Winter", Family.WINTER, Characteristic.BRIGHT, Characteristic.COOL, "Bright Winter is clear first, then cool: vivid, icy and jewel colours with strong contrast."),
    TRUE_WINTER("True Winter", Family.WINTER, Characteristic.COOL, Characteristic.BRIGHT, "True Winter is cool first, then clear: blue-based, saturated colours, black and white."),
    DEEP_WINTER("Deep Winter", Family.WINTER, Characteristic.DEEP, Characteristic.COOL, "Deep Winter is deep first, then cool: dark, rich, blue-based colours."),
    DEEP_AUTUMN("Deep Autumn", Family.AUTUMN, Characteristic.DEEP, Characteristic.WARM, "Deep Autumn is deep first, then warm: dark, rich, earthy colours."),
    TRUE_AUTUMN("True Autumn", Family.AUTUMN, Characteristic.WARM, Characteristic.SOFT, "True Autumn is warm first, then muted: golden, earthy, spiced colours."),
    SOFT_AUTUMN("Soft Autumn", Family.AUTUMN, Characteristic.SOFT, Characteristic.WARM, "Soft Autumn is muted first, then warm: gentle, dusty, warm colours."),
    SOFT_SUMMER("Soft Summer", Family.SUMMER, Characteristic.SOFT, Characteristic.COOL, "Soft Summer is muted first, then cool: greyed, dusty, cool colours."),
    TRUE_SUMMER("True Summer", Family.SUMMER, Characteristic.COOL, Characteristic.SOFT, "True Summer is cool first, then muted: soft blue-based colours."),
    LIGHT_SUMMER("Light Summer", Family.SUMMER, Characteristic.LIGHT, Characteristic.COOL, "Light Summer is light first, then cool: airy, pastel, cool colours.");

    /** The four traditional seasons. */
    public enum Family { SPRING, SUMMER, AUTUMN, WINTER }

    /** The six characteristics of the 12-season system. */
    public enum Characteristic {
        LIGHT("light"), DEEP("deep"), WARM("warm"), COOL("cool"), BRIGHT("bright"), SOFT("soft");

        private final String word;

        Characteristic(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final Map<String, Season> ALIASES = Map.ofEntries(
            Map.entry("warmspring", TRUE_SPRING), Map.entry("clearspring", BRIGHT_SPRING),
            Map.entry("clearwinter", BRIGHT_WINTER), Map.entry("coolwinter", TRUE_WINTER),
            Map.entry("darkwinter", DEEP_WINTER), Map.entry("darkautumn", DEEP_AUTUMN),
            Map.entry("warmautumn", TRUE_AUTUMN), Map.entry("mutedautumn", SOFT_AUTUMN),
            Map.entry("mutedsummer", SOFT_SUMMER), Map.entry("coolsummer", TRUE_SUMMER),
            Map.entry("deepautumn", DEEP_AUTUMN), Map.entry("deepwinter", DEEP_WINTER));

    private final String displayName;
    private final Family family;
    private final Characteristic primary;
    private final Characteristic secondary;
    private final String description;

    Season(String displayName, Family family, Characteristic primary, Characteristic secondary, String description) {
        this.displayName = displayName;
        this.family = family;
        this.primary = primary;
        this.secondary = secondary;
        this.description = description;
    }

    public String displayName() {
        return displayName;
    }

    public Family family() {
        return family;
    }

    /** The dominant characteristic (what the season is named after). */
    public Characteristic primary() {
        return primary;
    }

    public Characteristic secondary() {
        return secondary;
    }

    /** One sentence describing the season's colouring. */
    public String description() {
        return description;
    }

    /** The two seasons beside this one on the 12-season wheel (each shares a characteristic with it). */
    public List<Season> neighbours() {
        Season[] all = values();
        return List.of(all[(ordinal() + all.length - 1) % all.length], all[(ordinal() + 1) % all.length]);
    }

    /** True if {@code other} is this season or one of its two {@link #neighbours()}. */
    public boolean isSameOrNeighbour(Season other) {
        return other == this || neighbours().contains(other);
    }

    /**
     * Parses a display name ("Deep Autumn"), enum name ("DEEP_AUTUMN") or a common alternative name
     * of the Sci\ART / Color Me Beautiful literature ("Dark Autumn", "Clear Winter", "Warm Spring",
     * "Muted Summer", "Cool Winter"); case, spaces, hyphens and underscores are ignored.
     */
    public static Optional<Season> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        for (Season season : values()) {
            if (season.displayName.toLowerCase(Locale.ROOT).replace(" ", "").equals(key)) {
                return Optional.of(season);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }

    /** {@link #parse} that throws {@link InvalidColorException} (field {@code season}) for unknown names. */
    public static Season fromName(String name) {
        return parse(name).orElseThrow(() -> new InvalidColorException("season", name,
                "unknown season '" + name + "'; expected one of Light Spring, True Spring, Bright Spring, Light Summer, "
                        + "True Summer, Soft Summer, Soft Autumn, True Autumn, Deep Autumn, Deep Winter, True Winter, Bright Winter"));
    }
}
