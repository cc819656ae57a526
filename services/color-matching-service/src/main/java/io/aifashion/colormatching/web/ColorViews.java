package io.aifashion.colormatching.web;

import io.aifashion.color.match.MatchScore;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.season.Season;
import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.space.Lab;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of the colour API (Serializable: some are cached in Redis). */
public final class ColorViews {

    private ColorViews() {
    }

    public record LabView(double l, double a, double b) implements Serializable {
        static LabView of(Lab lab) {
            return new LabView(round(lab.l()), round(lab.a()), round(lab.b()));
        }
    }

    public record MonkToneView(int tone, String hex, LabView lab) implements Serializable {
    }

    public record SeasonView(String id, String name, String family, String primary, String secondary,
                             String description, List<String> neighbours) implements Serializable {
        static SeasonView of(Season s) {
            return new SeasonView(slug(s), s.displayName(), s.family().name().toLowerCase(Locale.ROOT),
                    s.primary().word(), s.secondary().word(), s.description(),
                    s.neighbours().stream().map(ColorViews::slug).toList());
        }
    }

    public record PaletteColorView(String name, String hex, LabView lab, String note) implements Serializable {
        static PaletteColorView of(PaletteColor c) {
            return new PaletteColorView(c.name(), c.hex(), LabView.of(c.lab()), c.note());
        }
    }

    public record PaletteView(String season, String seasonName, boolean personalised, List<PaletteColorView> wearable,
                              List<PaletteColorView> neutrals, List<PaletteColorView> accents,
                              List<PaletteColorView> metals, List<PaletteColorView> avoid) implements Serializable {
        static PaletteView of(Palette p) {
            return new PaletteView(slug(p.season()), p.season().displayName(), p.personalised(), views(p.wearable()),
                    views(p.neutrals()), views(p.accents()), views(p.metals()), views(p.avoid()));
        }

        private static List<PaletteColorView> views(List<PaletteColor> colours) {
            return colours.stream().map(PaletteColorView::of).toList();
        }
    }

    public record SeasonAnalysisView(String season, String seasonName, double confidence, String runnerUp,
                                     Map<String, Double> scores, String explanation, PaletteView palette)
            implements Serializable {
        static SeasonAnalysisView of(SeasonAnalysis a, Palette palette) {
            Map<String, Double> scores = new LinkedHashMap<>();
            a.scores().entrySet().stream().sorted(Map.Entry.<Season, Double>comparingByValue().reversed())
                    .forEach(e -> scores.put(slug(e.getKey()), round(e.getValue())));
            return new SeasonAnalysisView(slug(a.season()), a.season().displayName(), round(a.confidence()),
                    a.runnerUp() == null ? null : slug(a.runnerUp()), scores, a.explanation(), PaletteView.of(palette));
        }
    }

    public record MyPaletteView(String id, String analysisId, String season, String seasonName, double confidence,
                                String explanation, String createdAt, PaletteView palette) implements Serializable {
    }

    public record MatchView(int index, double score, PaletteColorView nearest, double deltaE, boolean penalised,
                            PaletteColorView nearestAvoid, Double avoidDeltaE, String explanation) implements Serializable {
        static MatchView of(int index, MatchScore m) {
            return new MatchView(index, round(m.score()), PaletteColorView.of(m.nearest()), round(m.deltaE()),
                    m.penalised(), m.nearestAvoid().map(PaletteColorView::of).orElse(null),
                    m.nearestAvoid().isPresent() ? round(m.avoidDeltaE()) : null, m.explanation());
        }
    }

    static String slug(Season s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
