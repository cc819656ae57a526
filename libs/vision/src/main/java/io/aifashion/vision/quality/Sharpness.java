package io.aifashion.vision.quality;

import org.bytedeco.opencv.opencv_core.Mat;

import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;

/**
 * Focus measure: the variance of the Laplacian of a grey image (Pech-Pacheco et al., "Diatom
 * autofocusing in brightfield microscopy: a comparative study", ICPR 2000; compared in Pertuz,
 * Puig &amp; Garcia, "Analysis of focus measure operators for shape-from-focus", Pattern Recognition
 * 46, 2013). Computed on the face crop after resampling it to a fixed face width, so the value
 * compares across photo sizes: blur is judged relative to the face.
 */
public final class Sharpness {

    private Sharpness() {
    }

    /** Variance of the 3x3 Laplacian of an 8-bit grey image (in squared 8-bit units). */
    public static double varianceOfLaplacian(Mat gray) {
        try (Mat lap = new Mat(); Mat mean = new Mat(); Mat std = new Mat()) {
            Laplacian(gray, lap, CV_64F);
            meanStdDev(lap, mean, std);
            double s = std.createIndexer().getDouble(0);
            return s * s;
        }
    }
}
