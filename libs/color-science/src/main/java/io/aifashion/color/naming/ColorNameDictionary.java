package io.aifashion.color.naming;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A dictionary of named colours: name → colour (case-insensitive lookup, for interpreting product
 * colour names) and colour → nearest name by CIEDE2000 (for labelling generated palettes).
 *
 * <p>The {@link #standard()} dictionary ships as {@code named-colours.csv}: the 45 single-colour names
 * of retail fashion catalogues (Black … Fluorescent Green), 185 further apparel names and 116 more
 * CSS named colours — 346 entries; the resource's header documents the sources and why catalogue
 * meanings override CSS values (Khaki is a sandy drab, not CSS's pale yellow).
 *
 * <p>Lookup normalises case, spaces, hyphens and underscores and the spelling "gray", so "navy
 * blue", "NAVY-BLUE", "navy_blue" and "Navyblue" all find Navy Blue, and "Dark Gray" finds Dark Grey.
 */
public final class ColorNameDictionary {

    /** Names that catalogues use for multicoloured items: they denote no single colour. */
    private static final Set<String> MULTICOLOUR = Set.of("multi", "multicolour", "multicolor", "multicoloured",
            "multicolored", "assorted", "mixed", "multiple");

    private final List<NamedColor> colours;
    private final Map<String, NamedColor> byKey;
    private final double[] labs;

    private ColorNameDictionary(List<NamedColor> colours) {
        if (colours.isEmpty()) {
            throw new InvalidColorException("colours", "0", "a colour-name dictionary needs at least one colour");
        }
        this.colours = List.copyOf(colours);
        Map<String, NamedColor> keys = new HashMap<>();
        for (NamedColor colour : colours) {
            NamedColor previous = keys.putIfAbsent(key(colour.name()), colour);
            if (previous != null) {
                throw new InvalidColorException("name", colour.name(), "colour name '" + colour.name()
                        + "' appears twice (also as '" + previous.name() + "')");
            }
        }
        this.byKey = Map.copyOf(keys);
        this.labs = new double[3 * colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            Lab lab = colours.get(i).lab();
            labs[3 * i] = lab.l();
            labs[3 * i + 1] = lab.a();
            labs[3 * i + 2] = lab.b();
        }
    }

    /** The shipped dictionary. */
    public static ColorNameDictionary standard() {
        return Shipped.STANDARD;
    }

    public static ColorNameDictionary of(List<NamedColor> colours) {
        return new ColorNameDictionary(Objects.requireNonNull(colours, "colours"));
    }

    /** Reads {@code name,hex[,source]} lines (a header line and {@code #} comment lines are skipped). */
    public static ColorNameDictionary fromCsv(Reader csv) {
        List<NamedColor> colours = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.toLowerCase(Locale.ROOT).startsWith("name,")) {
                    continue;
                }
                String[] fields = trimmed.split(",", -1);
                if (fields.length < 2) {
                    throw new InvalidColorException("csv", trimmed, "named-colour CSV line " + lineNumber + " needs 'name,hex': " + trimmed);
                }
                Srgb srgb;
                try {
                    srgb = Srgb.parseHex(fields[1]);
                } catch (InvalidColorException e) {
                    throw new InvalidColorException("csv", trimmed, "named-colour CSV line " + lineNumber + ": " + e.getMessage());
                }
                colours.add(NamedColor.of(fields[0].strip(), srgb, fields.length > 2 ? fields[2].strip() : "custom"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ColorNameDictionary(colours);
    }

    /**
     * The colour a name denotes, if the dictionary knows it (case, spacing, hyphens, underscores and
     * gray/grey do not matter). Empty for unknown names and for names of multicoloured items
     * ({@link #denotesMultipleColours}).
     */
    public Optional<NamedColor> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** Whether a catalogue colour name such as "Multi" or "Multicoloured" means "no single colour". */
    public static boolean denotesMultipleColours(String name) {
        return name != null && MULTICOLOUR.contains(key(name));
    }

    /** The entry nearest to {@code colour} by CIEDE2000. */
    public NamedColor nearest(Lab colour) {
        Objects.requireNonNull(colour, "colour");
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < colours.size(); i++) {
            double d = Ciede2000.deltaE(colour.l(), colour.a(), colour.b(), labs[3 * i], labs[3 * i + 1], labs[3 * i + 2]);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return colours.get(best);
    }

    /** The {@code count} entries nearest to {@code colour} by CIEDE2000, nearest first. */
    public List<NamedColor> nearest(Lab colour, int count) {
        Objects.requireNonNull(colour, "colour");
        if (count < 1) {
            throw new InvalidColorException("count", Integer.toString(count), "count must be at least 1; got " + count);
        }
        Integer[] order = new Integer[colours.size()];
        double[] distance = new double[colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            order[i] = i;
            distance[i] = Ciede2000.deltaE(colour.l(), colour.a(), colour.b(), labs[3 * i], labs[3 * i + 1], labs[3 * i + 2]);
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(distance[x], distance[y]));
        List<NamedColor> result = new ArrayList<>(Math.min(count, order.length));
        for (int i = 0; i < Math.min(count, order.length); i++) {
            result.add(colours.get(order[i]));
        }
        return List.copyOf(result);
    }

    public List<NamedColor> colours() {
        return colours;
    }

    public int size() {
        return colours.size();
    }

    private static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '-' && c != '_' && !Character.isWhitespace(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().replace("gray", "grey");
    }

    private static final class Shipped {
        static final ColorNameDictionary STANDARD = load();

        private static ColorNameDictionary load() {
            InputStream in = ColorNameDictionary.class.getResourceAsStream("named-colours.csv");
            if (in == null) {
                throw new IllegalStateException("missing resource named-colours.csv (broken build)");
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
