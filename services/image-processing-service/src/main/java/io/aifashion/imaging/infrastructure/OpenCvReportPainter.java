package io.aifashion.imaging.infrastructure;

import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import io.aifashion.imaging.domain.Analysis;
import io.aifashion.imaging.domain.FaceResult;
import io.aifashion.imaging.domain.FeatureColour;
import io.aifashion.imaging.domain.LabValue;
import io.aifashion.imaging.domain.ReportPainter;
import io.aifashion.imaging.domain.SkinMeasurement;
import io.aifashion.imaging.domain.Swatch;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.springframework.stereotype.Component;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_8;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

/**
 * The swatch report, drawn from the stored colours alone: per face (up to three) the measured skin
 * colour and the colour as photographed, the dominant skin colours by share, the ten Monk tones with
 * the chosen one framed, hair and eye colours, undertone, contrast and season. OpenCV's built-in
 * Hershey fonts draw the text, so no system fonts are needed on a server.
 */
@Component
public class OpenCvReportPainter implements ReportPainter {

    private static final int WIDTH = 560;
    private static final int FACE_HEIGHT = 260;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public byte[] paint(Analysis analysis) {
        List<FaceResult> faces = analysis.result().faces().stream().limit(3).toList();
        int height = 70 + FACE_HEIGHT * Math.max(1, faces.size());
        try (PointerScope scope = new PointerScope()) {
            Mat canvas = new Mat(height, WIDTH, CV_8UC3, new Scalar(255, 255, 255, 0));
            text(canvas, "Skin-tone analysis, " + WHEN.format(analysis.createdAt()), 16, 28, 0.6);
            text(canvas, "colours only: no photo is kept for this analysis", 16, 52, 0.42);
            int y = 70;
            if (analysis.result().retake() != null) {
                text(canvas, "retake: " + analysis.result().retake().code(), 16, y + 24, 0.6);
                int line = y + 50;
                for (String part : wrap(analysis.result().retake().message(), 70)) {
                    text(canvas, part, 16, line, 0.42);
                    line += 20;
                }
                y += 120;
            }
            for (int i = 0; i < faces.size(); i++) {
                FaceResult face = faces.get(i);
                if (face.measured()) {
                    face(canvas, face.skin(), i, 16, y);
                    y += FACE_HEIGHT;
                }
            }
            BytePointer png = new BytePointer();
            if (!imencode(".png", canvas, png)) {
                throw new IllegalStateException("PNG encoding of the report failed");
            }
            byte[] out = new byte[(int) png.limit()];
            png.get(out);
            return out;
        }
    }

    private static void face(Mat canvas, SkinMeasurement skin, int index, int x, int y) {
        text(canvas, "face " + (index + 1) + (index == 0 ? " (primary)" : ""), x, y + 18, 0.55);
        y += 28;
        swatch(canvas, skin.skinHex(), x, y, 70, 44);
        swatch(canvas, hex(skin.asPhotographed()), x + 76, y, 70, 44);
        text(canvas, skin.skinHex() + "  measured / as shot", x + 156, y + 28, 0.45);
        y += 52;
        int bx = x;
        for (Swatch d : skin.dominantColors()) {
            int w = Math.max(4, (int) Math.round(260 * d.share()));
            swatch(canvas, d.hex(), bx, y, w, 16);
            bx += w;
        }
        y += 24;
        MonkScale monk = MonkScale.standard();
        for (int t = 1; t <= 10; t++) {
            Srgb s = monk.reference(t);
            int sx = x + (t - 1) * 30;
            rectangle(canvas, new Rect(sx, y, 26, 30), new Scalar(s.blue(), s.green(), s.red(), 0), FILLED, LINE_8, 0);
            if (t == skin.monkTone()) {
                rectangle(canvas, new Rect(sx - 2, y - 2, 30, 34), ink(), 2, LINE_8, 0);
            }
            text(canvas, Integer.toString(t), sx + 7, y + 46, 0.38);
        }
        y += 70;
        text(canvas, String.format(Locale.ROOT, "Monk %d (confidence %.2f)   ITA %.0f deg (%s, Fitzpatrick %s est.)",
                skin.monkTone(), skin.confidence(), skin.ita(), skin.itaCategory(), skin.fitzpatrick()), x, y, 0.42);
        y += 20;
        text(canvas, "undertone " + skin.undertone().type() + "   contrast " + skin.contrast(), x, y, 0.42);
        y += 20;
        text(canvas, String.format(Locale.ROOT, "season %s (confidence %.2f)", skin.season().name(),
                skin.season().confidence()), x, y, 0.42);
        y += 10;
        feature(canvas, "hair", skin.hair(), x, y);
        feature(canvas, "eyes", skin.eyes(), x + 200, y);
    }

    private static void feature(Mat canvas, String label, FeatureColour c, int x, int y) {
        if (c.known()) {
            swatch(canvas, c.hex(), x, y + 6, 24, 18);
            text(canvas, label + " " + c.hex(), x + 30, y + 20, 0.42);
        } else {
            text(canvas, label + " unknown", x, y + 20, 0.42);
        }
    }

    private static String hex(LabValue v) {
        return Lab.of(v.l(), v.a(), v.b()).toHex();
    }

    private static void swatch(Mat canvas, String hex, int x, int y, int w, int h) {
        Srgb s = Srgb.parseHex(hex);
        rectangle(canvas, new Rect(x, y, w, h), new Scalar(s.blue(), s.green(), s.red(), 0), FILLED, LINE_8, 0);
    }

    /** Made per call: a native scalar kept in a static field would belong to whichever pointer scope made it. */
    private static Scalar ink() {
        return new Scalar(40, 40, 40, 0);
    }

    private static void text(Mat canvas, String s, int x, int y, double size) {
        putText(canvas, ascii(s), new Point(x, y), FONT_HERSHEY_SIMPLEX, size, ink(), 1, LINE_AA, false);
    }

    /** Hershey fonts draw ASCII only. */
    private static String ascii(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
