package io.aifashion.color.season;

import io.aifashion.color.skin.Undertone;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Decides a person's season in the 12-season system from measured skin, hair and eye colours.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li><b>Measure four traits</b> in [−1, 1] from CIELAB (constants in the code, rationale in
 *       {@code docs/color-science.md}):
 *     <ul>
 *       <li>temperature — skin: the {@link Undertone} warmth (hue angle; olive counts as slightly
 *           warm); hair: chroma above or below what a neutral hair of that lightness has
 *           (3 + 0.22·L*): golden, red and auburn hair are warm, ash, grey and blue-black cool;
 *           eyes: b* relative to a quarter of L* (blue and grey cool, green, hazel and amber warm).
 *           Weights skin 0.5, hair 0.3, eyes 0.2 over the colours given.</li>
 *       <li>value — skin (L* − 66)/20, hair (L* − 35)/25, eyes (L* − 45)/25; weights 0.45, 0.4, 0.15.</li>
 *       <li>chroma (clarity) — eyes: C*ab relative to the most chromatic sRGB colour of the same
 *           lightness and hue, (r − 0.5)/0.25, weight 0.4 scaled down for very dark irises; contrast
 *           (clear colouring comes with strong contrast), weight 0.3; skin: C*ab against the chroma
 *           typical of skin of that lightness (28 − 0.012·(L* − 55)², fitted to the Monk scale) over
 *           12, minus half the olive score, weight only 0.1 because tanned or golden skin is
 *           chromatic without being "clear" — it decides only when nothing else is known.</li>
 *       <li>contrast — (|ΔL*| skin–hair − 30)/20 and (|ΔL*| skin–eyes − 25)/20, weighted 0.7/0.3;
 *           unknown from skin alone.</li>
 *     </ul>
 *     Each trait is the weighted mean over the colours given, clamped to [−1, 1].</li>
 *   <li><b>Score every season</b> by the weighted squared distance D² between the trait profile and
 *       the season's target profile (its characteristic traits at the extremes, e.g. Deep Autumn =
 *       warm-leaning, very deep, slightly muted, medium contrast), with weights temperature 1,
 *       value 1, chroma 0.8, contrast 0.5 (contrast is dropped when unknown). The targets are
 *       listed in {@code docs/color-science.md} and available from {@link #target(Season)}. Support
 *       p ∝ exp(−D² / (2·{@value #SPREAD}²)), normalised over the twelve.</li>
 *   <li><b>Confidence</b> = (p₁ − p₂)/(p₁ + p₂), the winner's lead over the runner-up.</li>
 *   <li><b>Explanation</b>: the traits the winner is defined by, as measured, and the trait that
 *       separates it from the runner-up most (largest difference in the weighted distance terms).</li>
 * </ol>
 */
public final class SeasonClassifier {

    static final double SPREAD = 0.35;

    private static final int TEMPERATURE = 0;
    private static final int VALUE = 1;
    private static final int CHROMA = 2;
    private static final int CONTRAST = 3;
    private static final double[] WEIGHTS = {1.0, 1.0, 0.8, 0.5};
    private static final String[] AXIS_NAMES = {"temperature", "value", "chroma", "contrast"};

    /** Target trait profile per season: temperature, value, chroma, contrast. */
    private static final Map<Season, double[]> TARGETS = targets();

    private static final SeasonClassifier STANDARD = new SeasonClassifier();

    private SeasonClassifier() {
    }

    public static SeasonClassifier standard() {
        return STANDARD;
    }

    private static Map<Season, double[]> targets() {
        Map<Season, double[]> t = new EnumMap<>(Season.class);
        t.put(Season.LIGHT_SPRING, new double[] {0.5, 0.9, -0.2, -0.4});
        t.put(Season.TRUE_SPRING, new double[] {1.0, 0.5, 0.5, 0.0});
        t.put(Season.BRIGHT_SPRING, new double[] {0.5, 0.0, 1.0, 0.6});
        t.put(Season.BRIGHT_WINTER, new double[] {-0.5, -0.3, 1.0, 1.0});
        t.put(Season.TRUE_WINTER, new double[] {-1.0, -0.3, 0.6, 0.9});
        t.put(Season.DEEP_WINTER, new double[] {-0.5, -0.9, 0.3, 0.3});
        t.put(Season.DEEP_AUTUMN, new double[] {0.5, -0.9, -0.1, -0.1});
        t.put(Season.TRUE_AUTUMN, new double[] {1.0, -0.15, -0.1, 0.0});
        t.put(Season.SOFT_AUTUMN, new double[] {0.4, 0.15, -1.0, -0.6});
        t.put(Season.SOFT_SUMMER, new double[] {-0.4, 0.15, -1.0, -0.6});
        t.put(Season.TRUE_SUMMER, new double[] {-1.0, 0.35, -0.4, -0.2});
        t.put(Season.LIGHT_SUMMER, new double[] {-0.5, 0.9, -0.6, -0.5});
        return t;
    }

    /** The target profile of a season (temperature, value, chroma, contrast), as documented. */
    public static TraitProfile target(Season season) {
        double[] t = TARGETS.get(season);
        return new TraitProfile(t[0], t[1], t[2], OptionalDouble.of(t[3]));
    }

    /** Measures the trait profile of a person (step 1 of the method). */
    public TraitProfile measure(SeasonTraits traits) {
        Objects.requireNonNull(traits, "traits");
        Lab skin = traits.skin();
        Undertone undertone = Undertone.of(skin);

        double temperatureSum = 0.5 * skinTemperature(undertone);
        double temperatureWeight = 0.5;
        double valueSum = 0.45 * clamp((skin.l() - 66.0) / 20.0);
        double valueWeight = 0.45;
        // Skin chroma is weak evidence of clarity (tanned and golden skin is chromatic without being
        // "clear"), so it only decides when nothing else is known.
        double chromaSum = 0.1 * skinChroma(skin, undertone);
        double chromaWeight = 0.1;
        double contrastSum = 0.0;
        double contrastWeight = 0.0;

        if (traits.hair().isPresent()) {
            Lab hair = traits.hair().get();
            temperatureSum += 0.3 * hairTemperature(hair);
            temperatureWeight += 0.3;
            valueSum += 0.4 * clamp((hair.l() - 35.0) / 25.0);
            valueWeight += 0.4;
            contrastSum += 0.7 * clamp((Math.abs(skin.l() - hair.l()) - 30.0) / 20.0);
            contrastWeight += 0.7;
        }
        if (traits.eyes().isPresent()) {
            Lab eyes = traits.eyes().get();
            temperatureSum += 0.2 * eyeTemperature(eyes);
            temperatureWeight += 0.2;
            valueSum += 0.15 * clamp((eyes.l() - 45.0) / 25.0);
            valueWeight += 0.15;
            // Very dark irises show little of their chroma in a photo: their clarity counts less.
            double eyeWeight = 0.4 * Math.max(0.0, Math.min(1.0, (eyes.l() - 12.0) / 20.0));
            chromaSum += eyeWeight * eyeClarity(eyes);
            chromaWeight += eyeWeight;
            contrastSum += 0.3 * clamp((Math.abs(skin.l() - eyes.l()) - 25.0) / 20.0);
            contrastWeight += 0.3;
        }
        OptionalDouble contrast = OptionalDouble.empty();
        if (contrastWeight > 0) {
            double k = clamp(contrastSum / contrastWeight);
            contrast = OptionalDouble.of(k);
            // Clear colouring comes with strong contrast, blended colouring with little (Sci\ART).
            chromaSum += 0.3 * k;
            chromaWeight += 0.3;
        }
        return new TraitProfile(clamp(temperatureSum / temperatureWeight), clamp(valueSum / valueWeight),
                clamp(chromaSum / chromaWeight), contrast);
    }

    /**
     * Eye clarity from the iris's chroma relative to the most chromatic colour sRGB can show at the
     * same lightness and hue (r = C / C_max): r ≥ 0.75 reads as clear (sapphire, turquoise, topaz),
     * r ≤ 0.25 as muted (grey, grey-blue); clarity = (r − 0.5)/0.25. Relative chroma is used because
     * the attainable chroma differs several-fold between hues and lightnesses (a vivid turquoise has
     * less C*ab than a dull orange-brown).
     */
    static double eyeClarity(Lab eyes) {
        Lch lch = eyes.toLch();
        double max = lch.withChroma(Lab.MAX_AB).clampToSrgb().c();
        double relative = max > 0 ? lch.c() / max : 0.0;
        return clamp((relative - 0.5) / 0.25);
    }

    static double skinTemperature(Undertone undertone) {
        return clamp(undertone.warmth() * (1.0 - undertone.olive()) + 0.15 * undertone.olive());
    }

    static double skinChroma(Lab skin, Undertone undertone) {
        double lm = skin.l() - 55.0;
        double typical = 28.0 - 0.012 * lm * lm;
        return clamp((skin.chroma() - typical) / 12.0 - 0.5 * undertone.olive());
    }

    static double hairTemperature(Lab hair) {
        double neutralChroma = 3.0 + 0.22 * hair.l();
        return clamp((hair.chroma() - neutralChroma) / 10.0);
    }

    static double eyeTemperature(Lab eyes) {
        return clamp((eyes.b() - 0.25 * eyes.l()) / 12.0);
    }

    /** Classifies a person (all four steps of the method). */
    public SeasonAnalysis classify(SeasonTraits traits) {
        TraitProfile profile = measure(traits);
        double[] x = {profile.temperature(), profile.value(), profile.chroma(), profile.contrast().orElse(Double.NaN)};
        boolean contrastKnown = profile.contrast().isPresent();

        Map<Season, Double> distances = new EnumMap<>(Season.class);
        double minDistance = Double.POSITIVE_INFINITY;
        for (Season season : Season.values()) {
            double d2 = distance2(x, TARGETS.get(season), contrastKnown);
            distances.put(season, d2);
            minDistance = Math.min(minDistance, d2);
        }
        Map<Season, Double> scores = new EnumMap<>(Season.class);
        double total = 0.0;
        for (Season season : Season.values()) {
            // Subtracting the minimum keeps exp() away from underflow; it cancels in the normalisation.
            double support = Math.exp(-(distances.get(season) - minDistance) / (2.0 * SPREAD * SPREAD));
            scores.put(season, support);
            total += support;
        }
        Season best = null;
        Season second = null;
        for (Season season : Season.values()) {
            double p = scores.get(season) / total;
            scores.put(season, p);
            if (best == null || p > scores.get(best)) {
                second = best;
                best = season;
            } else if (second == null || p > scores.get(second)) {
                second = season;
            }
        }
        double p1 = scores.get(best);
        double p2 = scores.get(second);
        double confidence = (p1 - p2) / (p1 + p2);
        String explanation = explain(traits, profile, x, contrastKnown, best, second, p1, p2);
        return new SeasonAnalysis(best, Math.max(0.0, Math.min(1.0, confidence)), scores, second, profile, explanation);
    }

    private static double distance2(double[] x, double[] target, boolean contrastKnown) {
        double sum = 0.0;
        for (int i = 0; i < 4; i++) {
            if (i == CONTRAST && !contrastKnown) {
                continue;
            }
            double d = x[i] - target[i];
            sum += WEIGHTS[i] * d * d;
        }
        return sum;
    }

    private static String explain(SeasonTraits traits, TraitProfile profile, double[] x, boolean contrastKnown,
                                  Season best, Season second, double p1, double p2) {
        StringBuilder sb = new StringBuilder();
        sb.append(best.displayName()).append(": your colouring reads ")
                .append(describe(best.primary(), x)).append(" and ").append(describe(best.secondary(), x)).append('.');
        sb.append(' ').append(best.description());
        sb.append(" Measured: ").append(evidence(traits, profile)).append('.');

        // The axis that most separates winner from runner-up.
        double[] tb = TARGETS.get(best);
        double[] ts = TARGETS.get(second);
        int decisive = -1;
        double bestGain = 0.0;
        for (int i = 0; i < 4; i++) {
            if (i == CONTRAST && !contrastKnown) {
                continue;
            }
            double gain = WEIGHTS[i] * (sq(x[i] - ts[i]) - sq(x[i] - tb[i]));
            if (gain > bestGain) {
                bestGain = gain;
                decisive = i;
            }
        }
        sb.append(String.format(Locale.ROOT, " Runner-up: %s (%.0f%% vs %.0f%%)", second.displayName(), 100 * p2, 100 * p1));
        if (decisive >= 0) {
            sb.append(", set apart mainly by ").append(AXIS_NAMES[decisive]).append(": yours is ")
                    .append(axisWord(decisive, x[decisive])).append(", ").append(second.displayName()).append(" is ")
                    .append(axisWord(decisive, ts[decisive]));
        }
        sb.append('.');
        if (traits.hair().isEmpty() || traits.eyes().isEmpty()) {
            sb.append(traits.hair().isEmpty() && traits.eyes().isEmpty()
                    ? " Only the skin colour was given, so contrast is unknown; adding hair and eye colours sharpens the result."
                    : traits.hair().isEmpty() ? " Hair colour was not given; adding it sharpens value and contrast."
                    : " Eye colour was not given; adding it sharpens chroma and contrast.");
        }
        return sb.toString();
    }

    private static String describe(Season.Characteristic c, double[] x) {
        return switch (c) {
            case LIGHT, DEEP -> axisWord(VALUE, x[VALUE]);
            case WARM, COOL -> axisWord(TEMPERATURE, x[TEMPERATURE]);
            case BRIGHT, SOFT -> axisWord(CHROMA, x[CHROMA]);
        };
    }

    private static String axisWord(int axis, double v) {
        String[] words = switch (axis) {
            case TEMPERATURE -> new String[] {"cool", "slightly cool", "neutral", "slightly warm", "warm"};
            case VALUE -> new String[] {"deep", "medium-deep", "medium", "medium-light", "light"};
            case CHROMA -> new String[] {"soft (muted)", "slightly soft", "medium in chroma", "fairly clear", "bright (clear)"};
            default -> new String[] {"low-contrast", "low-to-medium contrast", "medium-contrast", "medium-to-high contrast", "high-contrast"};
        };
        int i = v < -0.6 ? 0 : v < -0.2 ? 1 : v <= 0.2 ? 2 : v <= 0.6 ? 3 : 4;
        return words[i];
    }

    private static String evidence(SeasonTraits traits, TraitProfile profile) {
        Lab skin = traits.skin();
        Undertone u = Undertone.of(skin);
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "skin L* %.0f, hue %.0f° (%s undertone), chroma %.0f",
                skin.l(), u.hue(), u.type().displayName(), u.chroma()));
        traits.hair().ifPresent(h -> parts.add(String.format(Locale.ROOT, "hair L* %.0f, chroma %.0f (%s)", h.l(), h.chroma(),
                hairTemperature(h) > 0.3 ? "warm" : hairTemperature(h) < -0.3 ? "ashy/cool" : "neutral")));
        traits.eyes().ifPresent(e -> parts.add(String.format(Locale.ROOT, "eyes L* %.0f, chroma %.0f (%s)", e.l(), e.chroma(),
                eyeTemperature(e) > 0.3 ? "warm" : eyeTemperature(e) < -0.3 ? "cool" : "neutral")));
        parts.add(String.format(Locale.ROOT, "temperature %+.2f, value %+.2f, chroma %+.2f%s", profile.temperature(),
                profile.value(), profile.chroma(), profile.contrast().isPresent()
                        ? String.format(Locale.ROOT, ", contrast %+.2f", profile.contrast().getAsDouble()) : ""));
        return String.join("; ", parts);
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double clamp(double v) {
        return Math.max(-1.0, Math.min(1.0, v));
    }
}
