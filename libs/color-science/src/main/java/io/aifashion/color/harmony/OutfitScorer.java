package io.aifashion.color.harmony;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores the colour compatibility of an outfit of 2–5 colours.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li><b>Neutrals go with everything.</b> Colours with C*ab &lt; {@value #NEUTRAL_CHROMA}, and dark
 *       colours of moderate chroma (L* &lt; 30 and C*ab &lt; 25: navy, chocolate, charcoal, espresso),
 *       are neutrals and take no part in hue harmony — they are the fashion basics for that reason.</li>
 *   <li><b>Hue harmony</b> H ∈ [0, 1] of the chromatic colours: their fit to the best of the hue
 *       templates of Matsuda (1995) as used by Cohen-Or et al., "Color Harmonization" (SIGGRAPH
 *       2006), plus the triadic template — monochromatic (one sector of 20°), analogous (one 60°
 *       sector), complementary (two 20° sectors 180° apart), split-complementary (a 60° sector and a
 *       20° sector opposite), triadic (three 20° sectors 120° apart), double-complementary (two 60°
 *       sectors opposite). For each template and each rotation (1° steps) the deviation is the
 *       chroma-weighted mean angular distance of the hues outside the sectors; the smallest wins and
 *       H = exp(−(deviation / 15°)²). With zero or one chromatic colour H = 1.</li>
 *   <li><b>Lightness contrast</b> L ∈ [0.4, 1]: range of L* across the outfit divided by 25, clamped —
 *       some light–dark structure (Itten's contrast of light and dark) reads as intentional, an outfit
 *       all at one lightness reads flat.</li>
 *   <li><b>Chroma balance</b> B ∈ [0.25, 1]: 1 − 0.25 per vivid colour (C*ab &gt; 50) beyond the first —
 *       one statement colour works, several compete.</li>
 *   <li><b>Score</b> = 100 × (0.6 H + 0.25 L + 0.15 B).</li>
 * </ol>
 */
public final class OutfitScorer {

    static final double NEUTRAL_CHROMA = 12.0;
    private static final double VIVID_CHROMA = 50.0;

    private record Template(String name, double[] centres, double[] halfWidths) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("monochromatic", new double[] {0}, new double[] {10}),
            new Template("analogous", new double[] {0}, new double[] {30}),
            new Template("complementary", new double[] {0, 180}, new double[] {10, 10}),
            new Template("split-complementary", new double[] {0, 180}, new double[] {30, 10}),
            new Template("triadic", new double[] {0, 120, 240}, new double[] {10, 10, 10}),
            new Template("double-complementary", new double[] {0, 180}, new double[] {30, 30}));

    private OutfitScorer() {
    }

    /**
     * Scores 2–5 colours.
     *
     * @throws InvalidColorException (field {@code colours}) for fewer than 2 or more than 5 colours
     */
    public static OutfitScore score(List<Lab> colours) {
        Objects.requireNonNull(colours, "colours");
        if (colours.size() < 2 || colours.size() > 5) {
            throw new InvalidColorException("colours", Integer.toString(colours.size()),
                    "an outfit score needs 2 to 5 colours; got " + colours.size());
        }
        List<Lch> chromatic = new ArrayList<>();
        double minL = 100;
        double maxL = 0;
        int vivid = 0;
        for (Lab lab : colours) {
            Objects.requireNonNull(lab, "colour");
            Lch lch = lab.toLch();
            minL = Math.min(minL, lch.l());
            maxL = Math.max(maxL, lch.l());
            boolean neutral = lch.c() < NEUTRAL_CHROMA || (lch.l() < 30.0 && lch.c() < 25.0);
            if (!neutral) {
                chromatic.add(lch);
            }
            if (lch.c() > VIVID_CHROMA) {
                vivid++;
            }
        }
        String template = "neutral";
        double deviation = 0.0;
        if (chromatic.size() >= 2) {
            deviation = Double.POSITIVE_INFINITY;
            for (Template t : TEMPLATES) {
                double d = bestDeviation(t, chromatic);
                // Prefer the simpler template on ties (the list is ordered simplest first).
                if (d < deviation - 1e-9) {
                    deviation = d;
                    template = t.name();
                }
            }
        } else if (chromatic.size() == 1) {
            template = "one colour with neutrals";
        }
        double hue = Math.exp(-(deviation / 15.0) * (deviation / 15.0));
        double lightness = Math.max(0.4, Math.min(1.0, (maxL - minL) / 25.0));
        double balance = Math.max(0.25, 1.0 - 0.25 * Math.max(0, vivid - 1));
        double score = 100.0 * (0.6 * hue + 0.25 * lightness + 0.15 * balance);
        return new OutfitScore(score, hue, lightness, balance, template, explain(score, hue, lightness, balance, template, deviation));
    }

    private static double bestDeviation(Template t, List<Lch> colours) {
        double best = Double.POSITIVE_INFINITY;
        for (int rotation = 0; rotation < 360; rotation++) {
            double weighted = 0.0;
            double weights = 0.0;
            for (Lch c : colours) {
                double outside = Double.POSITIVE_INFINITY;
                for (int s = 0; s < t.centres().length; s++) {
                    double distance = Math.abs(Lch.hueDifference(rotation + t.centres()[s], c.h()));
                    outside = Math.min(outside, Math.max(0.0, distance - t.halfWidths()[s]));
                }
                weighted += c.c() * outside;
                weights += c.c();
            }
            best = Math.min(best, weighted / weights);
        }
        return best;
    }

    private static String explain(double score, double hue, double lightness, double balance, String template, double deviation) {
        StringBuilder sb = new StringBuilder();
        sb.append(score >= 80 ? "Works well" : score >= 60 ? "Works" : score >= 40 ? "Risky" : "Clashes");
        sb.append(": ");
        if (template.equals("neutral")) {
            sb.append("all neutrals, which always go together");
        } else if (template.equals("one colour with neutrals")) {
            sb.append("one colour anchored by neutrals");
        } else if (hue > 0.8) {
            sb.append("the colours form a clear ").append(template).append(" scheme");
        } else {
            sb.append(String.format(Locale.ROOT, "the hues sit %.0f° off the nearest harmony (%s)", deviation, template));
        }
        if (lightness < 0.6) {
            sb.append("; little light–dark contrast");
        }
        if (balance < 1.0) {
            sb.append("; several vivid colours compete");
        }
        return sb.append('.').toString();
    }
}
