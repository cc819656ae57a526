package io.aifashion.imaging.infrastructure;

import io.aifashion.color.season.Season;
import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.season.SeasonClassifier;
import io.aifashion.color.season.SeasonTraits;
import io.aifashion.color.skin.MonkTone;
import io.aifashion.color.skin.SkinToneAssessment;
import io.aifashion.color.skin.Undertone;
import io.aifashion.color.space.Lab;
import io.aifashion.imaging.domain.AnalysisResult;
import io.aifashion.imaging.domain.Box;
import io.aifashion.imaging.domain.FaceResult;
import io.aifashion.imaging.domain.FeatureColour;
import io.aifashion.imaging.domain.LabValue;
import io.aifashion.imaging.domain.LightEstimate;
import io.aifashion.imaging.domain.Notice;
import io.aifashion.imaging.domain.Rejection;
import io.aifashion.imaging.domain.SeasonReading;
import io.aifashion.imaging.domain.SkinMeasurement;
import io.aifashion.imaging.domain.Swatch;
import io.aifashion.imaging.domain.UndertoneReading;
import io.aifashion.vision.FaceAnalysis;
import io.aifashion.vision.RejectionReason;
import io.aifashion.vision.SkinToneAnalysis;
import io.aifashion.vision.StageTimings;
import io.aifashion.vision.analysis.FeatureColor;
import io.aifashion.vision.analysis.SkinColor;
import io.aifashion.vision.light.Illuminant;
import io.aifashion.vision.quality.QualityWarning;
import io.aifashion.vision.quality.Retake;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vision library's result in this service's terms, with the season decided from the measured
 * skin, hair and eye colours (the library measures; choosing a season is colour science).
 */
final class VisionMapping {

    private VisionMapping() {
    }

    static AnalysisResult result(SkinToneAnalysis a) {
        List<FaceResult> faces = a.faces().stream().map(VisionMapping::face).toList();
        StageTimings t = a.timings();
        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("decode", t.decode());
        timings.put("faces", t.faces());
        timings.put("light", t.light());
        timings.put("skin", t.skin());
        timings.put("report", t.report());
        timings.put("total", t.total());
        return new AnalysisResult(a.width(), a.height(), a.mediaType(), faces, notices(a.warnings()),
                a.retake() == null ? null : notice(a.retake()), light(a.illuminant()), timings);
    }

    static Rejection rejection(RejectionReason reason) {
        return switch (reason) {
            case EMPTY -> Rejection.EMPTY;
            case TOO_LARGE -> Rejection.TOO_LARGE;
            case TOO_MANY_PIXELS -> Rejection.TOO_MANY_PIXELS;
            case UNSUPPORTED_FORMAT -> Rejection.UNSUPPORTED_FORMAT;
            case UNSUPPORTED_COLOR_MODEL -> Rejection.UNSUPPORTED_COLOR_MODEL;
            case TRUNCATED -> Rejection.TRUNCATED;
            case CORRUPT -> Rejection.CORRUPT;
        };
    }

    private static FaceResult face(FaceAnalysis f) {
        Box box = new Box(f.box().x(), f.box().y(), f.box().width(), f.box().height());
        List<Notice> warnings = notices(f.warnings());
        if (!f.measured()) {
            return new FaceResult(box, f.detector(), f.eyesLocated(), f.sharpness(), warnings, notice(f.retake()), null);
        }
        return new FaceResult(box, f.detector(), f.eyesLocated(), f.sharpness(), warnings, null, measurement(f));
    }

    private static SkinMeasurement measurement(FaceAnalysis f) {
        SkinColor skin = f.skin();
        SkinToneAssessment tone = f.tone();
        MonkTone monk = tone.monk();
        Undertone u = tone.undertone();
        SeasonTraits traits = new SeasonTraits(skin.lab(), lab(f.hair()), lab(f.eyes()));
        SeasonAnalysis season = SeasonClassifier.standard().classify(traits);
        return new SkinMeasurement(monk.tone(), monk.confidence(), monk.deltaE(), monk.runnerUp(),
                new SkinMeasurement.ToneNeighbours(f.neighbours().lighter(), f.neighbours().darker()),
                skin.hex(), value(skin.lab()), value(skin.asPhotographed()), skin.correctionDeltaE(),
                tone.ita().degrees(), slug(tone.itaCategory().displayName()), tone.fitzpatrick().name(),
                new UndertoneReading(u.type().displayName(), u.warmth(), u.olive(), u.confidence(), u.hue(), u.chroma()),
                feature(f.hair()), feature(f.eyes()), f.contrast().code(),
                new SeasonReading(slug(season.season()), season.season().displayName(), season.confidence(),
                        season.runnerUp() == null ? null : slug(season.runnerUp()), season.explanation()),
                skin.coverage(),
                skin.dominant().stream().map(d -> new Swatch(d.hex(), d.share())).toList());
    }

    private static Optional<Lab> lab(FeatureColor c) {
        return c.known() ? Optional.of(c.lab()) : Optional.empty();
    }

    private static FeatureColour feature(FeatureColor c) {
        return c.known() ? new FeatureColour(c.hex(), value(c.lab()), c.confidence(), c.note())
                : FeatureColour.unknown(c.note());
    }

    private static LabValue value(Lab lab) {
        return new LabValue(Math.max(0, Math.min(100, lab.l())), lab.a(), lab.b());
    }

    private static LightEstimate light(Illuminant i) {
        return i == null ? null : new LightEstimate(i.cct(), i.duv(), i.x(), i.y(), i.method());
    }

    private static Notice notice(Retake r) {
        return new Notice(r.code(), r.message());
    }

    private static List<Notice> notices(List<QualityWarning> warnings) {
        return warnings.stream().map(w -> new Notice(w.code(), w.advice())).toList();
    }

    /** {@code Deep Autumn} to {@code deep-autumn}, the form the colour-matching API uses in paths. */
    static String slug(Season season) {
        return season.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
