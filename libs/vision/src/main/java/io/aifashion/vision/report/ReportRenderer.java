package io.aifashion.vision.report;

import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import io.aifashion.vision.FaceAnalysis;
import io.aifashion.vision.analysis.DominantColor;
import io.aifashion.vision.face.FaceBox;
import io.aifashion.vision.skin.FaceCrop;
import io.aifashion.vision.skin.SkinMask;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import java.util.List;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Draws the analysis for a human: the photo (reduced to {@value #PHOTO_SIDE} pixels) with each face
 * box (green when measured, orange when a retake is needed) and its skin mask tinted magenta, and a
 * side panel per face with the measured colour, the colour as photographed, the dominant colours
 * with their shares, and the ten Monk tones with the chosen one framed. Encoded as PNG, which holds
 * no metadata of the source photo.
 */
public final class ReportRenderer {

    private static final int PHOTO_SIDE = 640;
    private static final int PANEL = 300;

    private ReportRenderer() {
    }

    /**
     * @param working      the analysed picture (8-bit BGR)
     * @param faces        the face results, in the same order as {@code crops} and {@code masks}
     * @param crops        the face crops
     * @param masks        the skin masks
     * @param workingScale working-picture pixels per photo pixel (face boxes in results are in photo pixels)
     */
    public static byte[] render(Mat working, List<FaceAnalysis> faces, List<FaceCrop> crops, List<SkinMask> masks,
                                double workingScale) {
        double r = Math.min(1.0, (double) PHOTO_SIDE / Math.max(working.cols(), working.rows()));
        int pw = Math.max(1, (int) Math.round(working.cols() * r));
        int ph = Math.max(1, (int) Math.round(working.rows() * r));
        Mat photo = new Mat();
        resize(working, photo, new Size(pw, ph), 0, 0, INTER_AREA);
        try (UByteIndexer px = photo.createIndexer()) {
            // For every report pixel inside a crop, look the mask up (nearest crop pixel), so the
            // overlay is solid whatever the ratio between the two scales.
            for (int f = 0; f < crops.size(); f++) {
                FaceCrop crop = crops.get(f);
                SkinMask mask = masks.get(f);
                FaceBox reg = crop.region();
                int x0 = (int) Math.floor(reg.x() * r);
                int y0 = (int) Math.floor(reg.y() * r);
                int x1 = Math.min(pw, (int) Math.ceil((reg.x() + reg.width()) * r));
                int y1 = Math.min(ph, (int) Math.ceil((reg.y() + reg.height()) * r));
                for (int y = Math.max(0, y0); y < y1; y++) {
                    for (int x = Math.max(0, x0); x < x1; x++) {
                        int cx = (int) (((x + 0.5) / r - reg.x()) * crop.scale());
                        int cy = (int) (((y + 0.5) / r - reg.y()) * crop.scale());
                        if (cx < 0 || cy < 0 || cx >= mask.width() || cy >= mask.height() || !mask.isSkin(cy * mask.width() + cx)) {
                            continue;
                        }
                        px.put(y, x, 0, (px.get(y, x, 0) + 255) / 2);
                        px.put(y, x, 1, px.get(y, x, 1) / 2);
                        px.put(y, x, 2, (px.get(y, x, 2) + 255) / 2);
                    }
                }
            }
        }
        for (FaceAnalysis face : faces) {
            FaceBox b = face.box().scaled(workingScale * r);
            Scalar colour = face.measured() ? new Scalar(60, 200, 60, 0) : new Scalar(0, 140, 255, 0);
            rectangle(photo, new Rect(b.x(), b.y(), b.width(), b.height()), colour, 2, LINE_AA, 0);
        }
        int panels = Math.min(faces.size(), 3);
        int height = Math.max(ph, 40 + 250 * Math.max(1, panels));
        Mat canvas = new Mat(height, pw + PANEL, CV_8UC3, new Scalar(255, 255, 255, 0));
        photo.copyTo(new Mat(canvas, new Rect(0, 0, pw, ph)));
        int y = 24;
        if (faces.isEmpty()) {
            text(canvas, "no face found", pw + 12, y, 0.6);
        }
        for (int f = 0; f < panels; f++) {
            y = panel(canvas, faces.get(f), f, pw + 12, y);
        }
        BytePointer png = new BytePointer();
        if (!imencode(".png", canvas, png)) {
            throw new IllegalStateException("PNG encoding failed");
        }
        byte[] out = new byte[(int) png.limit()];
        png.get(out);
        png.close();
        return out;
    }

    private static int panel(Mat canvas, FaceAnalysis face, int index, int x, int y) {
        text(canvas, "face " + (index + 1) + (index == 0 ? " (primary)" : ""), x, y, 0.55);
        y += 10;
        if (!face.measured()) {
            text(canvas, "retake: " + face.retake().code(), x, y + 18, 0.5);
            return y + 240;
        }
        swatch(canvas, face.skin().lab(), x, y, 60, 40);
        swatch(canvas, face.skin().asPhotographed(), x + 66, y, 60, 40);
        text(canvas, "measured   as shot", x, y + 56, 0.4);
        text(canvas, face.skin().hex(), x + 140, y + 24, 0.45);
        y += 66;
        int bx = x;
        for (DominantColor d : face.skin().dominant()) {
            int w = Math.max(4, (int) Math.round(200 * d.share()));
            swatch(canvas, d.lab(), bx, y, w, 18);
            bx += w;
        }
        y += 26;
        text(canvas, String.format("Monk %d (conf %.2f)  ITA %.0f", face.tone().monk().tone(), face.tone().monk().confidence(),
                face.tone().ita().degrees()), x, y + 12, 0.42);
        y += 20;
        MonkScale monk = MonkScale.standard();
        for (int t = 1; t <= 10; t++) {
            Srgb s = monk.reference(t);
            int sx = x + (t - 1) * 27;
            rectangle(canvas, new Rect(sx, y, 24, 30), new Scalar(s.blue(), s.green(), s.red(), 0), FILLED, LINE_AA, 0);
            if (t == face.tone().monk().tone()) {
                rectangle(canvas, new Rect(sx - 2, y - 2, 28, 34), ink(), 2, LINE_AA, 0);
            }
            text(canvas, Integer.toString(t), sx + 6, y + 46, 0.38);
        }
        y += 58;
        String hair = face.hair().known() ? face.hair().hex() : "unknown";
        String eyes = face.eyes().known() ? face.eyes().hex() : "unknown";
        text(canvas, "hair " + hair + "  eyes " + eyes, x, y + 10, 0.4);
        text(canvas, "undertone " + face.tone().undertone().type().displayName() + "  contrast " + face.contrast().code(), x, y + 28, 0.4);
        return y + 60;
    }

    /** Native scalars are made per call: a static one would belong to whichever pointer scope loaded the class. */
    private static Scalar ink() {
        return new Scalar(40, 40, 40, 0);
    }

    private static void swatch(Mat canvas, Lab lab, int x, int y, int w, int h) {
        Srgb s = lab.toSrgb();
        rectangle(canvas, new Rect(x, y, w, h), new Scalar(s.blue(), s.green(), s.red(), 0), FILLED, LINE_AA, 0);
    }

    private static void text(Mat canvas, String s, int x, int y, double size) {
        putText(canvas, s, new Point(x, y), FONT_HERSHEY_SIMPLEX, size, ink(), 1, LINE_AA, false);
    }
}
