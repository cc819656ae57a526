package io.aifashion.launcher.analyze;

import io.aifashion.vision.FaceAnalysis;
import io.aifashion.vision.SkinToneAnalysis;
import io.aifashion.vision.quality.QualityWarning;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --csv FILE}: one row per face (a photo without faces, or one that failed, gets one row),
 * RFC 4180 quoting.
 */
final class CsvOutput implements AutoCloseable {

    static final String HEADER = "file,face,x,y,width,height,monk_tone,confidence,skin_hex,L,a,b,ita,ita_category,"
            + "fitzpatrick,undertone,hair_hex,eye_hex,contrast,season,scale_tone,warnings,retake,error,millis";

    private final BufferedWriter w;

    CsvOutput(Path file) throws IOException {
        w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.newLine();
    }

    void write(AnalysisRecord r) {
        try {
            for (List<String> row : rows(r)) {
                w.write(String.join(",", row.stream().map(CsvOutput::quote).toList()));
                w.newLine();
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> rows(AnalysisRecord r) {
        List<List<String>> rows = new ArrayList<>();
        String millis = String.format(Locale.ROOT, "%.1f", r.millis());
        if (r.failed()) {
            rows.add(row(r.file(), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                    r.errorCode(), millis));
            return rows;
        }
        SkinToneAnalysis a = r.analysis();
        String retake = a.retake() == null ? "" : a.retake().code();
        if (a.faces().isEmpty()) {
            rows.add(row(r.file(), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                    codes(a.warnings()), retake, "", millis));
            return rows;
        }
        int k = 1;
        for (FaceAnalysis f : a.faces()) {
            boolean ok = f.measured();
            rows.add(row(r.file(), Integer.toString(k++), Integer.toString(f.box().x()), Integer.toString(f.box().y()),
                    Integer.toString(f.box().width()), Integer.toString(f.box().height()),
                    ok ? Integer.toString(f.tone().monk().tone()) : "",
                    ok ? fmt(f.tone().monk().confidence(), 3) : "",
                    ok ? f.skin().hex() : "",
                    ok ? fmt(f.skin().lab().l(), 2) : "", ok ? fmt(f.skin().lab().a(), 2) : "", ok ? fmt(f.skin().lab().b(), 2) : "",
                    ok ? fmt(f.tone().ita().degrees(), 1) : "",
                    ok ? f.tone().itaCategory().displayName() : "",
                    ok ? f.tone().fitzpatrick().name() : "",
                    ok ? f.tone().undertone().type().displayName() : "",
                    ok && f.hair().known() ? f.hair().hex() : "",
                    ok && f.eyes().known() ? f.eyes().hex() : "",
                    ok ? f.contrast().code() : "",
                    ok ? f.season().season().displayName() : "",
                    ok && f.scaleMatch() != null ? f.scaleMatch().tone().label() : "",
                    codes(f.warnings()), f.retake() == null ? "" : f.retake().code(), "", millis));
        }
        return rows;
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static String codes(List<QualityWarning> ws) {
        return String.join(";", ws.stream().map(QualityWarning::code).toList());
    }

    private static String fmt(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        w.close();
    }
}
