package io.aifashion.vision.face;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_imgproc.CLAHE;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_core.LUT;
import static org.bytedeco.opencv.global.opencv_core.flip;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.createCLAHE;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Finds faces with the boosted cascades that ship inside OpenCV's jar (Viola &amp; Jones, "Rapid
 * object detection using a boosted cascade of simple features", CVPR 2001; Lienhart &amp; Maydt,
 * "An extended set of Haar-like features for rapid object detection", ICIP 2002; LBP features:
 * Liao et al., "Learning multi-scale block local binary patterns for face recognition", ICB 2007).
 *
 * <p>Pipeline, tuned so that detection usually costs a few milliseconds (full-resolution Haar
 * scanning costs 60 ms and more):
 * <ol>
 *   <li>the frontal Haar cascade scans a copy reduced to a long side of {@value #FAST_LONG_SIDE}
 *       pixels, histogram-equalised, for faces of at least 12 % of the short side (selfies, portraits);</li>
 *   <li>only if that finds nothing, no face with eyes, or only faces small for the picture (a group
 *       photo): a copy with a long side of {@value #MID_LONG_SIDE} pixels, equalised as it is and after
 *       a square-root tone curve that opens up dark skin against a lighter scene;</li>
 *   <li>only if that finds nothing either: a copy with a long side of {@value #FULL_LONG_SIDE} pixels for
 *       faces down to the requested size, after contrast-limited adaptive histogram equalisation (CLAHE,
 *       Zuiderveld 1994), with the default and alternative frontal Haar cascades, the frontal LBP
 *       cascade and the profile cascade in both directions (by mirroring).</li>
 * </ol>
 * Every candidate is then checked: a box lying mostly inside a bigger accepted box (a chin or an
 * ear found as a second face) is dropped, and a box is accepted with strong cascade support (at
 * least {@value #STRONG_SUPPORT} merged detections) or with an eye found by the eye cascade in its
 * upper half. Eye centres come from the eye cascade when it finds a plausible left/right pair,
 * otherwise from the frontal-face geometry prior (eyes at 30 % and 70 % across, 38 % down the box).
 *
 * <p><b>Not thread-safe</b>: {@link CascadeClassifier} keeps scratch buffers. Use one detector per
 * thread (the analyzer keeps a pool) and {@link #close()} it when done.
 */
public final class FaceDetector implements AutoCloseable {

    /** Long side of the reduced picture the first, fast pass scans. */
    public static final int FAST_LONG_SIDE = 240;
    /** Long side of the reduced picture the second pass scans (dark or low-contrast faces). */
    public static final int MID_LONG_SIDE = 360;
    /** Long side of the reduced picture the third pass scans for small or low-contrast faces. */
    public static final int FULL_LONG_SIDE = 480;
    private static final double MID_MIN_FRACTION = 0.10;
    /** The fast pass looks for faces at least this fraction of the picture's short side. */
    private static final double FAST_MIN_FRACTION = 0.12;
    /**
     * A largest face narrower than this fraction of the short side leaves room for more faces than
     * the fast pass resolves (portraits and selfies measure 0.5-0.8; a two-person photo 0.26).
     */
    private static final double SMALL_FACE = 0.35;

    private static final double SCALE_FACTOR = 1.1;
    /** Support at which a detection is accepted without an eye or second-cascade check. */
    private static final int STRONG_SUPPORT = 12;
    /** Fraction of a box that may overlap a larger accepted box before it is dropped as a duplicate part. */
    private static final double CONTAINED = 0.45;
    /** Width the face is resampled to for the eye cascade (20 x 20 windows: eyes then span ~25 pixels). */
    private static final int EYE_FACE_WIDTH = 120;

    private final CascadeClassifier frontal;
    private final CascadeClassifier frontalAlt;
    private final CascadeClassifier frontalLbp;
    private final CascadeClassifier profile;
    private final CascadeClassifier eye;
    private final CLAHE clahe;

    /**
     * Loads the cascades from the OpenCV jar (extracted once to JavaCPP's cache directory). The
     * native objects belong to this detector, not to any {@link PointerScope} open on the calling
     * thread: they live until {@link #close()}.
     */
    public FaceDetector() {
        try (PointerScope own = new PointerScope()) {
            frontal = load("haarcascades/haarcascade_frontalface_default.xml");
            frontalAlt = load("haarcascades/haarcascade_frontalface_alt2.xml");
            frontalLbp = load("lbpcascades/lbpcascade_frontalface_improved.xml");
            profile = load("haarcascades/haarcascade_profileface.xml");
            eye = load("haarcascades/haarcascade_eye.xml");
            clahe = createCLAHE(2.0, new Size(8, 8));
            // One reference of our own, so closing this short scope (or any caller's) keeps them alive.
            for (Pointer p : new Pointer[] {frontal, frontalAlt, frontalLbp, profile, eye, clahe}) {
                p.retainReference();
            }
        }
    }

    private static CascadeClassifier load(String name) {
        String resource = "/org/bytedeco/opencv/" + Loader.getPlatform() + "/share/opencv4/" + name;
        File file;
        try {
            file = Loader.cacheResource(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the OpenCV cascade " + resource, e);
        }
        if (file == null) {
            throw new IllegalStateException("the OpenCV jar for " + Loader.getPlatform() + " has no cascade " + name);
        }
        CascadeClassifier c = new CascadeClassifier(file.getAbsolutePath());
        if (c.empty()) {
            throw new IllegalStateException("cannot load the OpenCV cascade " + file);
        }
        return c;
    }

    /**
     * All faces in an upright 8-bit BGR picture, largest first, in that picture's coordinates.
     *
     * @param bgr             the picture
     * @param minFaceFraction the smallest face to look for, as a fraction of the picture's short side
     */
    public List<DetectedFace> detect(Mat bgr, double minFaceFraction) {
        Mat grayFull = new Mat();
        cvtColor(bgr, grayFull, COLOR_BGR2GRAY);

        // Pass 1: the common case, a face that fills a good part of the picture.
        Reduced fast = reduce(grayFull, FAST_LONG_SIDE);
        List<Candidate> candidates = new ArrayList<>();
        int fastMin = Math.max(20, (int) Math.round(fast.shortSide() * Math.max(minFaceFraction, FAST_MIN_FRACTION)));
        if (fastMin <= fast.shortSide()) {
            Mat eq = new Mat();
            equalizeHist(fast.gray, eq);
            run(frontal, eq, fast.scale, new Size(fastMin, fastMin), "haar-frontal", false, candidates);
        }
        List<DetectedFace> accepted = verify(candidates, grayFull, null);
        double[] sceneChroma = null;

        // Pass 2: the same faces in a dark or low-contrast picture: more resolution, and a
        // square-root tone curve before equalising that opens up dark skin. Also when pass 1 found
        // faces but no eyes in any of them: on a deep-toned face the fast pass can fire strongly on
        // a part (an eye and brow, the nose) and miss the whole. And when pass 1's faces are small
        // for the picture (a group or a distant shot): at the fast pass's resolution they are near
        // the cascade's smallest window, so a second face beside the first is easily missed; a
        // portrait, whose face spans half the short side or more, does not pay for this pass.
        // Pass 2's candidates are verified together with pass 1's, and the answer keeps every face
        // of either pass, the larger box where two overlap (merge): a whole face found in pass 2
        // replaces the part pass 1 found, an eye found as a small face in pass 2 does not replace
        // the face around it, and pass 2's colour test does not drop a face pass 1 accepted.
        List<DetectedFace> fastAnswer = accepted;
        boolean noEyes = accepted.stream().noneMatch(DetectedFace::eyesLocated);
        boolean small = !accepted.isEmpty() && !noEyes && smallest(accepted, grayFull);
        if (accepted.isEmpty() || noEyes || small) {
            Reduced mid = reduce(grayFull, MID_LONG_SIDE);
            int min = Math.max(20, (int) Math.round(mid.shortSide() * Math.max(minFaceFraction, MID_MIN_FRACTION)));
            if (min <= mid.shortSide()) {
                Size minSize = new Size(min, min);
                Mat eq = new Mat();
                equalizeHist(mid.gray, eq);
                run(frontal, eq, mid.scale, minSize, "haar-frontal", false, candidates);
                Mat lifted = new Mat();
                LUT(mid.gray, squareRootCurve(), lifted);
                equalizeHist(lifted, lifted);
                run(frontal, lifted, mid.scale, minSize, "haar-frontal", false, candidates);
                sceneChroma = meanChroma(bgr, null);
                accepted = verify(candidates, grayFull, new ColourCheck(bgr, sceneChroma));
                accepted = merge(fastAnswer, accepted);
            }
        }

        // Pass 3, only when nothing was found yet: smaller faces, and low-contrast faces (CLAHE,
        // the alternative frontal, LBP and profile cascades).
        if (accepted.isEmpty()) {
            Reduced full = reduce(grayFull, FULL_LONG_SIDE);
            int min = Math.max(20, (int) Math.round(full.shortSide() * minFaceFraction));
            if (min <= full.shortSide()) {
                Size minSize = new Size(min, min);
                Mat contrast = new Mat();
                clahe.apply(full.gray, contrast);
                candidates.clear();
                run(frontal, contrast, full.scale, minSize, "haar-frontal", false, candidates);
                run(frontalAlt, contrast, full.scale, minSize, "haar-frontal", false, candidates);
                run(frontalLbp, contrast, full.scale, minSize, "lbp-frontal", false, candidates);
                run(profile, contrast, full.scale, minSize, "haar-profile", false, candidates);
                Mat mirrored = new Mat();
                flip(contrast, mirrored, 1);
                run(profile, mirrored, full.scale, minSize, "haar-profile", true, candidates);
                if (sceneChroma == null) {
                    sceneChroma = meanChroma(bgr, null);
                }
                accepted = verify(candidates, grayFull, new ColourCheck(bgr, sceneChroma));
            }
        }
        return accepted;
    }

    /** True when even the largest face is narrow for the picture ({@link #SMALL_FACE}). */
    private static boolean smallest(List<DetectedFace> faces, Mat gray) {
        return faces.getFirst().box().width() < SMALL_FACE * Math.min(gray.cols(), gray.rows());
    }

    /**
     * The faces of both passes: pass 2's colour test may not drop a face pass 1 accepted on its own
     * evidence, and where boxes of the two passes overlap (the same face, or a part of it such as an
     * eye found as a small face) the larger box stands for the face.
     */
    private static List<DetectedFace> merge(List<DetectedFace> fast, List<DetectedFace> later) {
        List<DetectedFace> merged = new ArrayList<>(later);
        for (DetectedFace f : fast) {
            int same = -1;
            for (int i = 0; i < merged.size(); i++) {
                FaceBox a = merged.get(i).box();
                if (a.intersectionArea(f.box()) > CONTAINED * Math.min(a.area(), f.box().area())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                merged.add(f);
            } else if (f.box().area() > merged.get(same).box().area()) {
                merged.set(same, f);
            }
        }
        merged.sort(Comparator.comparingLong((DetectedFace d) -> d.box().area()).reversed());
        return merged;
    }

    private record Reduced(Mat gray, double scale) {
        int shortSide() {
            return Math.min(gray.cols(), gray.rows());
        }
    }

    private static Reduced reduce(Mat gray, int longSide) {
        int side = Math.max(gray.cols(), gray.rows());
        if (side <= longSide) {
            return new Reduced(gray, 1.0);
        }
        double s = (double) longSide / side;
        Mat small = new Mat();
        resize(gray, small, new Size(), s, s, INTER_AREA);
        return new Reduced(small, s);
    }

    /**
     * The colour test of the later passes, which look harder and so find more false faces (a
     * jacket, a patch of backdrop): the middle of the box must be at least as red, and not bluer,
     * than the scene on average (grey-world normalised, so a coloured light cancels out). Skin
     * reflects more long-wave light than a typical scene at every melanin level.
     */
    private record ColourCheck(Mat bgr, double[] scene) {
        boolean skinLike(FaceBox box) {
            int x0 = (int) (box.x() + 0.30 * box.width());
            int y0 = (int) (box.y() + 0.45 * box.height());
            int w = (int) (0.40 * box.width());
            int h = (int) (0.30 * box.height());
            if (x0 < 0 || y0 < 0 || w < 2 || h < 2 || x0 + w > bgr.cols() || y0 + h > bgr.rows()) {
                return false;
            }
            double[] c = meanChroma(bgr, new Rect(x0, y0, w, h));
            return c[0] - scene[0] > 0.05 && c[1] - scene[1] < 0.0;
        }
    }

    /** Mean {ln R/G, ln B/G} of a region (or the whole picture), from 8-bit means. */
    private static double[] meanChroma(Mat bgr, Rect region) {
        Mat roi = region == null ? bgr : new Mat(bgr, region);
        org.bytedeco.opencv.opencv_core.Scalar m = org.bytedeco.opencv.global.opencv_core.mean(roi);
        double b = m.get(0) + 1;
        double g = m.get(1) + 1;
        double r = m.get(2) + 1;
        return new double[] {Math.log(r / g), Math.log(b / g)};
    }

    /**
     * Non-maximum suppression by containment (largest first), then acceptance: strong cascade
     * support or an eye found in the upper half; in the later passes ({@code colour} not null) a
     * weakly supported box with an eye also suffices, but every box must pass the colour test.
     */
    private List<DetectedFace> verify(List<Candidate> candidates, Mat grayFull, ColourCheck colour) {
        List<DetectedFace> accepted = new ArrayList<>();
        candidates.sort(Comparator.comparingLong((Candidate c) -> c.box.area()).reversed());
        for (Candidate c : candidates) {
            boolean duplicate = false;
            for (DetectedFace a : accepted) {
                if (c.box.intersectionArea(a.box()) > CONTAINED * c.box.area()) {
                    duplicate = true;
                    break;
                }
            }
            if (duplicate) {
                continue;
            }
            Eyes eyes = findEyes(grayFull, c.box);
            boolean ok = c.support >= STRONG_SUPPORT || eyes.found >= 1;
            if (colour != null) {
                ok = (eyes.found >= 1 || c.support >= STRONG_SUPPORT) && colour.skinLike(c.box);
            }
            if (ok) {
                accepted.add(eyes.face(c));
            }
        }
        return accepted;
    }

    /** An 8-bit tone curve v -> 255 sqrt(v / 255), made per call (native memory belongs to the caller's scope). */
    private static Mat squareRootCurve() {
        byte[] lut = new byte[256];
        for (int i = 0; i < 256; i++) {
            lut[i] = (byte) Math.round(255 * Math.sqrt(i / 255.0));
        }
        Mat m = new Mat(1, 256, org.bytedeco.opencv.global.opencv_core.CV_8U);
        m.data().put(lut);
        return m;
    }

    private void run(CascadeClassifier cascade, Mat image, double scale, Size minSize, String name, boolean mirrored,
                     List<Candidate> out) {
        RectVector rects = new RectVector();
        int[] support = new int[256];
        cascade.detectMultiScale2(image, rects, support, SCALE_FACTOR, 3, 0, minSize, new Size());
        int n = (int) Math.min(rects.size(), support.length);
        for (int i = 0; i < n; i++) {
            Rect r = rects.get(i);
            int x = mirrored ? image.cols() - r.x() - r.width() : r.x();
            FaceBox reduced = new FaceBox(x, r.y(), r.width(), r.height());
            out.add(new Candidate(scale < 1.0 ? reduced.scaled(1.0 / scale) : reduced, name, support[i]));
        }
    }

    /**
     * Runs the eye cascade over the upper part of a face box (full-resolution gray picture,
     * resampled so the face is {@value #EYE_FACE_WIDTH} pixels wide) and keeps the best left/right
     * pair at a plausible height and spacing.
     */
    private Eyes findEyes(Mat gray, FaceBox box) {
        int x0 = Math.max(0, box.x());
        int y0 = Math.max(0, box.y() + (int) (box.height() * 0.15));
        int x1 = Math.min(gray.cols(), box.x() + box.width());
        int y1 = Math.min(gray.rows(), box.y() + (int) (box.height() * 0.60));
        if (x1 - x0 < 16 || y1 - y0 < 8) {
            return new Eyes(box, 0, null, null);
        }
        Mat roi = new Mat(gray, new Rect(x0, y0, x1 - x0, y1 - y0));
        double f = (double) EYE_FACE_WIDTH / box.width();
        Mat scaled = new Mat();
        resize(roi, scaled, new Size(), f, f, f < 1.0 ? INTER_AREA : INTER_LINEAR);
        equalizeHist(scaled, scaled);
        RectVector rects = new RectVector();
        int minEye = (int) (EYE_FACE_WIDTH * 0.12);
        int maxEye = (int) (EYE_FACE_WIDTH * 0.40);
        eye.detectMultiScale(scaled, rects, 1.1, 3, 0, new Size(minEye, minEye), new Size(maxEye, maxEye));
        if (rects.size() == 0) {
            // Dark skin: equalising alone leaves the eye region murky; lift the shadows first.
            Mat lifted = new Mat();
            resize(roi, lifted, new Size(), f, f, f < 1.0 ? INTER_AREA : INTER_LINEAR);
            LUT(lifted, squareRootCurve(), lifted);
            clahe.apply(lifted, lifted);
            eye.detectMultiScale(lifted, rects, 1.1, 3, 0, new Size(minEye, minEye), new Size(maxEye, maxEye));
        }
        List<Point2> left = new ArrayList<>();
        List<Point2> right = new ArrayList<>();
        for (long i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            double cx = x0 + (r.x() + r.width() / 2.0) / f;
            double cy = y0 + (r.y() + r.height() / 2.0) / f;
            double rx = (cx - box.x()) / box.width();
            double ry = (cy - box.y()) / box.height();
            if (ry < 0.22 || ry > 0.55) {
                continue;
            }
            if (rx > 0.12 && rx < 0.48) {
                left.add(new Point2(cx, cy));
            } else if (rx > 0.52 && rx < 0.88) {
                right.add(new Point2(cx, cy));
            }
        }
        Point2 bestL = null;
        Point2 bestR = null;
        double best = Double.MAX_VALUE;
        for (Point2 l : left) {
            for (Point2 r : right) {
                double dy = Math.abs(l.y() - r.y()) / box.height();
                double dx = (r.x() - l.x()) / box.width();
                if (dy < 0.12 && dx > 0.25 && dx < 0.65) {
                    double cost = dy + Math.abs(dx - 0.40);
                    if (cost < best) {
                        best = cost;
                        bestL = l;
                        bestR = r;
                    }
                }
            }
        }
        int found = (left.isEmpty() ? 0 : 1) + (right.isEmpty() ? 0 : 1);
        return new Eyes(box, found, bestL, bestR);
    }

    @Override
    public void close() {
        frontal.close();
        frontalAlt.close();
        frontalLbp.close();
        profile.close();
        eye.close();
        clahe.close();
    }

    private record Candidate(FaceBox box, String detector, int support) {
    }

    private record Eyes(FaceBox box, int found, Point2 left, Point2 right) {
        DetectedFace face(Candidate c) {
            if (left != null && right != null) {
                return new DetectedFace(c.box, left, right, true, c.detector, c.support);
            }
            Point2 l = new Point2(box.x() + box.width() * 0.30, box.y() + box.height() * 0.38);
            Point2 r = new Point2(box.x() + box.width() * 0.70, box.y() + box.height() * 0.38);
            return new DetectedFace(c.box, l, r, false, c.detector, c.support);
        }
    }
}
