package io.aifashion.imaging.web;

import io.aifashion.imaging.domain.Analysis;
import io.aifashion.imaging.domain.AnalysisResult;
import io.aifashion.imaging.domain.FaceResult;
import io.aifashion.imaging.domain.FeatureColour;
import io.aifashion.imaging.domain.LabValue;
import io.aifashion.imaging.domain.LightEstimate;
import io.aifashion.imaging.domain.Notice;
import io.aifashion.imaging.domain.SkinMeasurement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An analysis as the API returns it (docs/api.md, "Skin-tone analysis"). Face colour fields are
 * null for a face that needs a retake; {@code retake} is null for a completed analysis.
 */
public record AnalysisView(String id, String createdAt, int width, int height, String mediaType,
                           List<FaceView> faces, List<NoticeView> warnings, RetakeView retake,
                           IlluminantView illuminant, Map<String, Double> timings, String reportUrl) {

    static AnalysisView of(Analysis a) {
        AnalysisResult r = a.result();
        Map<String, Double> timings = new LinkedHashMap<>();
        r.timings().forEach((stage, ms) -> timings.put(stage, round(ms, 1)));
        return new AnalysisView(a.id().toString(), a.createdAt().toString(), r.width(), r.height(), r.mediaType(),
                r.faces().stream().map(FaceView::of).toList(), NoticeView.of(r.warnings()), RetakeView.of(r.retake()),
                IlluminantView.of(r.light(), r.primaryFace().filter(FaceResult::measured).map(FaceResult::skin)
                        .map(SkinMeasurement::correctionDeltaE).orElse(null)),
                timings, "/api/v1/analyses/" + a.id() + "/report.png");
    }

    public record BoxView(int x, int y, int width, int height) {
    }

    public record LabView(double l, double a, double b) {
        static LabView of(LabValue v) {
            return v == null ? null : new LabView(round(v.l(), 2), round(v.a(), 2), round(v.b(), 2));
        }
    }

    public record NoticeView(String code, String message) {
        static List<NoticeView> of(List<Notice> notices) {
            return notices.stream().map(n -> new NoticeView(n.code(), n.message())).toList();
        }
    }

    /** Why the photo (or a face) must be retaken: {@code reason} is a stable code such as {@code no-face}. */
    public record RetakeView(String reason, String message) {
        static RetakeView of(Notice n) {
            return n == null ? null : new RetakeView(n.code(), n.message());
        }
    }

    public record ChromaticityView(double x, double y) {
    }

    public record IlluminantView(double cct, double duv, ChromaticityView chromaticity, String method,
                                 Double correctionDeltaE) {
        static IlluminantView of(LightEstimate l, Double correctionDeltaE) {
            return l == null ? null : new IlluminantView(Math.round(l.cct()), round(l.duv(), 4),
                    new ChromaticityView(round(l.x(), 4), round(l.y(), 4)), l.method(),
                    correctionDeltaE == null ? null : round(correctionDeltaE, 2));
        }
    }

    public record NeighboursView(Double lighter, Double darker) {
    }

    public record UndertoneView(String type, double score, double warmth, double olive, double confidence, double hue,
                                double chroma) {
    }

    public record SwatchView(String hex, double share) {
    }

    /**
     * One face. {@code monkTone}, {@code confidence} (of the Monk tone) and {@code deltaE} (CIEDE2000
     * to the Monk reference) place the skin on the Monk Skin Tone scale; {@code season*} give the
     * 12-season type decided from skin, hair and eyes.
     */
    public record FaceView(BoxView box, String detector, Integer monkTone, Double confidence, Double deltaE,
                           Integer monkRunnerUp, NeighboursView neighbours, String skinHex, LabView skinLab,
                           Double ita, String itaCategory, String fitzpatrick, UndertoneView undertone, String hairHex,
                           Double hairConfidence, String eyeHex, Double eyeConfidence, String contrast, String season,
                           String seasonName, Double seasonConfidence, String seasonRunnerUp, String seasonExplanation,
                           Double maskCoverage, List<SwatchView> dominantColors, List<NoticeView> warnings,
                           RetakeView retake) {

        static FaceView of(FaceResult f) {
            BoxView box = new BoxView(f.box().x(), f.box().y(), f.box().width(), f.box().height());
            SkinMeasurement s = f.skin();
            if (s == null) {
                return new FaceView(box, f.detector(), null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, List.of(),
                        NoticeView.of(f.warnings()), RetakeView.of(f.retake()));
            }
            FeatureColour hair = s.hair();
            FeatureColour eyes = s.eyes();
            return new FaceView(box, f.detector(), s.monkTone(), round(s.confidence(), 3), round(s.deltaE(), 2),
                    s.monkRunnerUp(), new NeighboursView(round(s.neighbours().lighter(), 2), round(s.neighbours().darker(), 2)),
                    s.skinHex(), LabView.of(s.skinLab()), round(s.ita(), 1), s.itaCategory(), s.fitzpatrick(),
                    new UndertoneView(s.undertone().type(), round(s.undertone().warmth(), 3), round(s.undertone().warmth(), 3),
                            round(s.undertone().olive(), 3), round(s.undertone().confidence(), 3),
                            round(s.undertone().hue(), 1), round(s.undertone().chroma(), 1)),
                    hair.hex(), round(hair.confidence(), 3), eyes.hex(), round(eyes.confidence(), 3), s.contrast(),
                    s.season().id(), s.season().name(), round(s.season().confidence(), 3), s.season().runnerUp(),
                    s.season().explanation(), round(s.maskCoverage(), 3),
                    s.dominantColors().stream().map(d -> new SwatchView(d.hex(), round(d.share(), 3))).toList(),
                    NoticeView.of(f.warnings()), null);
        }
    }

    static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }

    static Double round(Double v, int decimals) {
        return v == null ? null : round(v.doubleValue(), decimals);
    }
}
