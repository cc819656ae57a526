package io.aifashion.color.skin;

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
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An ordered set of reference skin colours — the Monk scale, Fitzpatrick swatches, or any custom
 * list of hex colours (a retailer's foundation shades, say) — and nearest-tone classification.
 *
 * <h2>Classification and what its confidence means</h2>
 * A colour is assigned to the tone with the smallest CIEDE2000 distance d₁; let d₂ be the distance
 * to the runner-up tone and s the ΔE00 between those two reference tones. The confidence is
 * <pre>  confidence = clamp((d₂ − d₁) / s, 0, 1)</pre>
 * Why this form: along the line from the chosen tone to its runner-up, it falls linearly from 1 on
 * the reference colour itself to 0 at the midpoint, where the decision flips — so 1 − confidence is
 * the fraction of the way from the reference to the decision boundary. Because it is scaled by the
 * local spacing s, the same measurement noise costs more confidence where the scale's tones are
 * close together (Monk 1–4 are only a few ΔE00 apart) than where they are far apart (Monk 5–7), which
 * is exactly where a re-measurement would more often land on another tone. A colour far from the
 * scale (equidistant from two tones) also gets a low confidence; check {@link ToneMatch#deltaE()}
 * to tell "between tones" from "not a skin colour at all".
 */
public final class ToneScale {

    private final String name;
    private final List<Tone> tones;
    private final double[] labs; // L, a, b per tone, for the allocation-free inner loop

    private ToneScale(String name, List<Tone> tones) {
        this.name = Objects.requireNonNull(name, "name");
        if (tones.size() < 2) {
            throw new InvalidColorException("tones", Integer.toString(tones.size()),
                    "a tone scale needs at least 2 reference colours to classify against; got " + tones.size());
        }
        this.tones = List.copyOf(tones);
        this.labs = new double[3 * tones.size()];
        for (int i = 0; i < tones.size(); i++) {
            Lab lab = tones.get(i).lab();
            labs[3 * i] = lab.l();
            labs[3 * i + 1] = lab.a();
            labs[3 * i + 2] = lab.b();
        }
    }

    /** A scale from explicit tones (their order is kept). */
    public static ToneScale of(String name, List<Tone> tones) {
        Objects.requireNonNull(tones, "tones");
        return new ToneScale(name, tones);
    }

    /** A custom scale from {@code #rrggbb} strings; tones are numbered and labelled 1, 2, 3, … in list order. */
    public static ToneScale fromHex(String name, List<String> hexColours) {
        Objects.requireNonNull(hexColours, "hexColours");
        List<Tone> tones = new ArrayList<>(hexColours.size());
        for (int i = 0; i < hexColours.size(); i++) {
            Srgb srgb;
            try {
                srgb = Srgb.parseHex(hexColours.get(i));
            } catch (InvalidColorException e) {
                throw new InvalidColorException("tones[" + i + "]", e.rejectedValue(), "tone " + (i + 1) + ": " + e.getMessage());
            }
            tones.add(Tone.of(i + 1, Integer.toString(i + 1), srgb));
        }
        return new ToneScale(name, tones);
    }

    /**
     * Reads a scale from CSV with a header naming at least the columns {@code tone} (1-based integer)
     * and {@code hex}; an optional {@code label} column supplies display labels. Lines starting with
     * {@code #} are comments.
     */
    public static ToneScale fromCsv(String name, Reader csv) {
        List<Tone> tones = new ArrayList<>();
        int toneColumn = -1;
        int hexColumn = -1;
        int labelColumn = -1;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split(",", -1);
                if (toneColumn < 0) {
                    for (int i = 0; i < fields.length; i++) {
                        switch (fields[i].strip().toLowerCase(Locale.ROOT)) {
                            case "tone" -> toneColumn = i;
                            case "hex" -> hexColumn = i;
                            case "label" -> labelColumn = i;
                            default -> { }
                        }
                    }
                    if (toneColumn < 0 || hexColumn < 0) {
                        throw new InvalidColorException("csv", trimmed, "tone scale CSV header must name the columns 'tone' and 'hex'; got: " + trimmed);
                    }
                    continue;
                }
                int needed = Math.max(toneColumn, Math.max(hexColumn, labelColumn));
                if (fields.length <= needed) {
                    throw new InvalidColorException("csv", trimmed, "tone scale CSV line " + lineNumber + " has too few columns: " + trimmed);
                }
                int index;
                try {
                    index = Integer.parseInt(fields[toneColumn].strip());
                } catch (NumberFormatException e) {
                    throw new InvalidColorException("csv", trimmed, "tone scale CSV line " + lineNumber + ": tone '" + fields[toneColumn] + "' is not an integer");
                }
                String label = labelColumn >= 0 ? fields[labelColumn].strip() : Integer.toString(index);
                tones.add(Tone.of(index, label, Srgb.parseHex(fields[hexColumn])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ToneScale(name, tones);
    }

    static ToneScale fromResource(String name, String resource) {
        InputStream in = ToneScale.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " (broken build)");
        }
        return fromCsv(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The six illustrative Fitzpatrick swatches (see the resource's header for their status). */
    public static ToneScale fitzpatrick() {
        return Shipped.FITZPATRICK;
    }

    /**
     * The nearest tone by CIEDE2000 with a confidence calibrated to the spacing of the scale (see
     * the class comment).
     */
    public ToneMatch classify(Lab colour) {
        Objects.requireNonNull(colour, "colour");
        double l = colour.l();
        double a = colour.a();
        double b = colour.b();
        int best = -1;
        int second = -1;
        double d1 = Double.POSITIVE_INFINITY;
        double d2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < tones.size(); i++) {
            double d = Ciede2000.deltaE(l, a, b, labs[3 * i], labs[3 * i + 1], labs[3 * i + 2]);
            if (d < d1) {
                d2 = d1;
                second = best;
                d1 = d;
                best = i;
            } else if (d < d2) {
                d2 = d;
                second = i;
            }
        }
        double spacing = Ciede2000.deltaE(labs[3 * best], labs[3 * best + 1], labs[3 * best + 2],
                labs[3 * second], labs[3 * second + 1], labs[3 * second + 2]);
        double confidence = spacing > 0.0 ? Math.max(0.0, Math.min(1.0, (d2 - d1) / spacing)) : 0.0;
        return new ToneMatch(tones.get(best), d1, confidence, tones.get(second), d2);
    }

    public String name() {
        return name;
    }

    public List<Tone> tones() {
        return tones;
    }

    public int size() {
        return tones.size();
    }

    /** The tone with the given 1-based index. */
    public Tone tone(int index) {
        for (Tone tone : tones) {
            if (tone.index() == index) {
                return tone;
            }
        }
        throw new InvalidColorException("tone", Integer.toString(index), "scale '" + name + "' has no tone " + index
                + "; tones are " + tones.getFirst().index() + ".." + tones.getLast().index());
    }

    private static final class Shipped {
        static final ToneScale FITZPATRICK = fromResource("Fitzpatrick", "fitzpatrick.csv");
    }
}
