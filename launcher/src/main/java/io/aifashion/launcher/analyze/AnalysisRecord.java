package io.aifashion.launcher.analyze;

import io.aifashion.color.skin.ToneMatch;
import io.aifashion.color.space.Lab;
import io.aifashion.vision.FaceAnalysis;
import io.aifashion.vision.ImageRejectedException;
import io.aifashion.vision.SkinToneAnalysis;
import io.aifashion.vision.face.FaceBox;
import io.aifashion.vision.light.Illuminant;
import io.aifashion.vision.quality.QualityWarning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of output: the analysis of one file, or why it could not be analysed, as the ordered map
 * that is written as a JSON object (JSON Lines) and flattened into CSV rows.
 *
 * <p>Fields: {@code file}, {@code width}, {@code height}, {@code faces} (each: {@code box},
 * {@code monkTone}, {@code confidence}, {@code skinHex}, {@code skinLab}, {@code ita},
 * {@code itaCategory}, {@code fitzpatrick}, {@code undertone}, {@code hairHex}, {@code eyeHex},
 * {@code contrast}, {@code season}, {@code scale}, {@code coverage}, {@code warnings}, {@code retake}),
 * {@code illuminant}, {@code warnings}, {@code retake} (null or the reason code), {@code retakeMessage},
 * {@code millis}; or {@code file}, {@code error} ({@code code}, {@code message}), {@code millis}.
 */
record AnalysisRecord(String file, SkinToneAnalysis analysis, String errorCode, String errorMessage, double millis) {

    static AnalysisRecord of(String file, SkinToneAnalysis analysis, double millis) {
        return new AnalysisRecord(file, analysis, null, null, millis);
    }

    static AnalysisRecord failed(String file, ImageRejectedException e, double millis) {
        return new AnalysisRecord(file, null, e.code(), e.getMessage(), millis);
    }

    static AnalysisRecord failed(String file, String code, String message, double millis) {
        return new AnalysisRecord(file, null, code, message, millis);
    }

    boolean failed() {
        return analysis == null;
    }

    Map<String, Object> toMap() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file);
        if (analysis == null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", errorCode);
            error.put("message", errorMessage);
            o.put("error", error);
            o.put("millis", round(millis, 1));
            return o;
        }
        o.put("width", analysis.width());
        o.put("height", analysis.height());
        List<Map<String, Object>> faces = new ArrayList<>();
        for (FaceAnalysis f : analysis.faces()) {
            faces.add(face(f));
        }
        o.put("faces", faces);
        Illuminant il = analysis.illuminant();
        if (il == null) {
            o.put("illuminant", null);
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cct", Math.round(il.cct()));
            m.put("duv", round(il.duv(), 4));
            m.put("x", round(il.x(), 4));
            m.put("y", round(il.y(), 4));
            m.put("corrected", analysis.lightCorrected());
            o.put("illuminant", m);
        }
        o.put("warnings", codes(analysis.warnings()));
        o.put("retake", analysis.retake() == null ? null : analysis.retake().code());
        o.put("retakeMessage", analysis.retake() == null ? null : analysis.retake().message());
        o.put("millis", round(millis, 1));
        return o;
    }

    private static Map<String, Object> face(FaceAnalysis f) {
        Map<String, Object> o = new LinkedHashMap<>();
        FaceBox b = f.box();
        Map<String, Object> box = new LinkedHashMap<>();
        box.put("x", b.x());
        box.put("y", b.y());
        box.put("width", b.width());
        box.put("height", b.height());
        o.put("box", box);
        boolean ok = f.measured();
        o.put("monkTone", ok ? f.tone().monk().tone() : null);
        o.put("confidence", ok ? round(f.tone().monk().confidence(), 3) : null);
        o.put("skinHex", ok ? f.skin().hex() : null);
        o.put("skinLab", ok ? lab(f.skin().lab()) : null);
        o.put("ita", ok ? round(f.tone().ita().degrees(), 1) : null);
        o.put("itaCategory", ok ? f.tone().itaCategory().displayName() : null);
        o.put("fitzpatrick", ok ? f.tone().fitzpatrick().name() : null);
        o.put("undertone", ok ? f.tone().undertone().type().displayName() : null);
        o.put("hairHex", ok && f.hair().known() ? f.hair().hex() : null);
        o.put("eyeHex", ok && f.eyes().known() ? f.eyes().hex() : null);
        o.put("contrast", ok ? f.contrast().code() : null);
        o.put("season", ok ? f.season().season().displayName() : null);
        ToneMatch m = f.scaleMatch();
        if (ok && m != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("tone", m.tone().index());
            s.put("label", m.tone().label());
            s.put("hex", m.tone().hex());
            s.put("deltaE", round(m.deltaE(), 2));
            s.put("confidence", round(m.confidence(), 3));
            o.put("scale", s);
        }
        o.put("coverage", ok ? round(f.skin().coverage(), 3) : null);
        o.put("lightCorrectionDeltaE", ok ? round(f.skin().correctionDeltaE(), 2) : null);
        o.put("warnings", codes(f.warnings()));
        o.put("retake", f.retake() == null ? null : f.retake().code());
        return o;
    }

    private static List<String> codes(List<QualityWarning> warnings) {
        return warnings.stream().map(QualityWarning::code).toList();
    }

    private static List<Double> lab(Lab lab) {
        return List.of(round(lab.l(), 2), round(lab.a(), 2), round(lab.b(), 2));
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
