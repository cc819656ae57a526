package io.aifashion.vision.skin;

import io.aifashion.vision.face.DetectedFace;
import io.aifashion.vision.face.FaceBox;
import io.aifashion.vision.raster.LinearImage;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * The head region of one face (the face box widened for the hair above and the cheeks at the
 * sides), resampled so the face box is {@value #FACE_WIDTH} pixels wide: every face is measured at
 * the same scale whatever the photo's resolution. Down-sampling uses area averaging, which keeps
 * the mean colour; up-sampling (faces under {@value #FACE_WIDTH} pixels) is bilinear.
 *
 * <p>Scratch data of one analysis (native memory in the caller's pointer scope); not a value, not
 * shared between threads.
 */
public final class FaceCrop {

    /** Width of the face box after resampling. */
    public static final int FACE_WIDTH = 160;

    private final LinearImage image;
    private final Mat gray;
    private final FaceFrame frame;
    private final FaceBox region;
    private final double scale;

    private FaceCrop(LinearImage image, Mat gray, FaceFrame frame, FaceBox region, double scale) {
        this.image = image;
        this.gray = gray;
        this.frame = frame;
        this.region = region;
        this.scale = scale;
    }

    /** The crop in linear sRGB. */
    public LinearImage image() {
        return image;
    }

    /** The crop as 8-bit grey (for the focus measure). */
    public Mat gray() {
        return gray;
    }

    /** The face frame in crop coordinates. */
    public FaceFrame frame() {
        return frame;
    }

    /** The cropped rectangle in the source picture. */
    public FaceBox region() {
        return region;
    }

    /** Crop pixels per source pixel. */
    public double scale() {
        return scale;
    }

    /** Crops and resamples the head around {@code face} from an 8-bit BGR picture. */
    public static FaceCrop of(Mat bgr, DetectedFace face) {
        FaceBox b = face.box();
        int x0 = clamp((int) Math.floor(b.x() - 0.35 * b.width()), bgr.cols());
        int y0 = clamp((int) Math.floor(b.y() - 0.60 * b.height()), bgr.rows());
        int x1 = clamp((int) Math.ceil(b.x() + 1.35 * b.width()), bgr.cols());
        int y1 = clamp((int) Math.ceil(b.y() + 1.35 * b.height()), bgr.rows());
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            x0 = 0;
            y0 = 0;
            x1 = bgr.cols();
            y1 = bgr.rows();
        }
        FaceBox region = new FaceBox(x0, y0, x1 - x0, y1 - y0);
        double f = (double) FACE_WIDTH / b.width();
        Mat roi = new Mat(bgr, new Rect(x0, y0, x1 - x0, y1 - y0));
        Mat scaled = new Mat();
        int w = Math.max(1, (int) Math.round((x1 - x0) * f));
        int h = Math.max(1, (int) Math.round((y1 - y0) * f));
        resize(roi, scaled, new Size(w, h), 0, 0, f < 1 ? INTER_AREA : INTER_LINEAR);
        double fx = (double) w / (x1 - x0);
        Mat gray = new Mat();
        cvtColor(scaled, gray, COLOR_BGR2GRAY);
        FaceFrame frame = FaceFrame.of(face).transformed(fx, x0 * fx, y0 * fx);
        return new FaceCrop(LinearImage.fromBgr(scaled), gray, frame, region, fx);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
