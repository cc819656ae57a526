package io.aifashion.vision;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.season.SeasonClassifier;
import io.aifashion.color.season.SeasonTraits;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.skin.SkinToneAssessment;
import io.aifashion.color.skin.ToneMatch;
import io.aifashion.color.space.Lab;
import io.aifashion.vision.analysis.ContrastLevel;
import io.aifashion.vision.analysis.FeatureColor;
import io.aifashion.vision.analysis.FeatureColorEstimator;
import io.aifashion.vision.analysis.SkinColor;
import io.aifashion.vision.analysis.SkinColorEstimator;
import io.aifashion.vision.decode.DecodedImage;
import io.aifashion.vision.decode.ImageDecoder;
import io.aifashion.vision.decode.ImageLimits;
import io.aifashion.vision.face.DetectedFace;
import io.aifashion.vision.face.FaceBox;
import io.aifashion.vision.face.FaceDetector;
import io.aifashion.vision.light.Illuminant;
import io.aifashion.vision.light.IlluminantEstimator;
import io.aifashion.vision.light.LightFusion;
import io.aifashion.vision.light.WhiteBalance;
import io.aifashion.vision.quality.QualityGate;
import io.aifashion.vision.quality.QualityWarning;
import io.aifashion.vision.quality.Retake;
import io.aifashion.vision.quality.Sharpness;
import io.aifashion.vision.raster.LinearImage;
import io.aifashion.vision.report.ReportRenderer;
import io.aifashion.vision.skin.FaceCrop;
import io.aifashion.vision.skin.SkinMask;
import io.aifashion.vision.skin.SkinSegmenter;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Photo in, skin-tone measurement out. The entry point of the module:
 * {@code try (var analyzer = new SkinToneAnalyzer()) { analyzer.analyze(bytes, AnalysisOptions.defaults()); }}
 *
 * <p>Pipeline (see {@code docs/vision.md}): decode with limits and EXIF orientation
 * ({@link ImageDecoder}); find faces ({@link FaceDetector}); estimate the scene illuminant outside the
 * faces ({@link IlluminantEstimator}), combine it with the skin as a reference and a prior
 * ({@link LightFusion}) and build the correction to D65 ({@link WhiteBalance}); per face,
 * crop and normalise the scale ({@link FaceCrop}), segment the skin with a per-face colour model
 * ({@link SkinSegmenter}), measure a robust CIELAB skin colour and its dominant colours
 * ({@link SkinColorEstimator}), hair and eyes ({@link FeatureColorEstimator}), judge quality
 * ({@link QualityGate}) and classify with the colour-science library (Monk, ITA°, Fitzpatrick
 * estimate, undertone).
 *
 * <p><b>Thread-safe.</b> OpenCV's cascade classifiers are not, so the analyzer keeps a pool of
 * detectors and lends each call its own; any number of threads may call {@link #analyze} at once.
 * Native memory of a call is released when it returns (a JavaCPP {@link PointerScope}).
 * {@link #close()} frees the pooled detectors.
 */
public final class SkinToneAnalyzer implements AutoCloseable {

    /** Fewest skin pixels for a face's skin to be used as a light cue. */
    private static final int MIN_SKIN_FOR_LIGHT = 150;
    /** Long side of the reduced scene the illuminant is estimated on. */
    private static final int SCENE_LONG_SIDE = 320;
    /** Smallest face searched for, as a fraction of the short side. */
    private static final double MIN_FACE_FRACTION = 0.06;
    /** Large JPEGs are decoded at 1/2, 1/4 or 1/8 size while keeping at least this long side. */
    private static final int WORKING_LONG_SIDE = 960;

    private final ImageDecoder decoder;
    private final ConcurrentLinkedDeque<FaceDetector> detectors = new ConcurrentLinkedDeque<>();
    private final SkinSegmenter segmenter = new SkinSegmenter();
    private final IlluminantEstimator estimator = new IlluminantEstimator();
    private final QualityGate gate = new QualityGate();
    private final LightFusion fusion = new LightFusion();
    private volatile boolean closed;

    /** An analyzer with the default limits (20 MB, 40 megapixels). */
    public SkinToneAnalyzer() {
        this(ImageLimits.DEFAULT);
    }

    public SkinToneAnalyzer(ImageLimits limits) {
        this.decoder = new ImageDecoder(Objects.requireNonNull(limits, "limits"), WORKING_LONG_SIDE);
    }

    /**
     * Analyses one photo.
     *
     * @param image   the encoded photo (JPEG, PNG or WebP; sniffed from the bytes)
     * @param options what to do
     * @return the analysis; a photo without a usable face is a result with {@link SkinToneAnalysis#retake()}, not an exception
     * @throws ImageRejectedException when the bytes are not an acceptable image (empty, too large,
     *                                too many pixels, unsupported, truncated, corrupt)
     */
    public SkinToneAnalysis analyze(byte[] image, AnalysisOptions options) throws ImageRejectedException {
        Objects.requireNonNull(options, "options");
        if (closed) {
            throw new IllegalStateException("the analyzer is closed");
        }
        long t0 = System.nanoTime();
        // Detectors live longer than one call: take one before the call's pointer scope opens.
        FaceDetector detector = options.detectFaces() ? borrow() : null;
        try (PointerScope scope = new PointerScope()) {
            DecodedImage decoded = decoder.decode(image);
            long tDecode = System.nanoTime();
            Mat working = decoded.bgr();
            double toPhoto = 1.0 / decoded.scale();
            int width = decoded.header().orientedWidth();
            int height = decoded.header().orientedHeight();
            String mediaType = decoded.header().format().mediaType();

            Mat sceneMat = reduce(working, SCENE_LONG_SIDE);
            LinearImage scene = LinearImage.fromBgr(sceneMat);
            List<QualityWarning> warnings = new ArrayList<>();
            if (decoded.grayscale() || isGray(scene)) {
                warnings.add(QualityWarning.GRAYSCALE);
                Retake retake = new Retake(QualityWarning.GRAYSCALE, "A black-and-white photo has no skin colour to measure.");
                long now = System.nanoTime();
                return new SkinToneAnalysis(width, height, mediaType, List.of(), warnings, retake, null,
                        false, new StageTimings(ms(tDecode - t0), 0, 0, 0, 0, ms(now - t0)), null);
            }

            List<DetectedFace> faces;
            if (detector != null) {
                faces = detector.detect(working, MIN_FACE_FRACTION);
            } else {
                faces = List.of(DetectedFace.wholePicture(working.cols(), working.rows()));
            }
            if (faces.size() > options.maxFaces()) {
                faces = faces.subList(0, options.maxFaces());
            }
            long tFaces = System.nanoTime();

            if (faces.isEmpty()) {
                warnings.add(QualityWarning.NO_FACE);
                Retake retake = new Retake(QualityWarning.NO_FACE, QualityWarning.NO_FACE.advice());
                long now = System.nanoTime();
                return new SkinToneAnalysis(width, height, mediaType, List.of(), warnings, retake, null,
                        false, new StageTimings(ms(tDecode - t0), ms(tFaces - tDecode), 0, 0, 0, ms(now - t0)), null);
            }
            if (faces.size() > 1) {
                warnings.add(QualityWarning.MULTIPLE_FACES);
            }
            List<SkinMask> masks = new ArrayList<>(faces.size());
            List<FaceCrop> crops = new ArrayList<>(faces.size());
            for (DetectedFace face : faces) {
                FaceCrop crop = FaceCrop.of(working, face);
                crops.add(crop);
                masks.add(segmenter.segment(crop.image(), crop.frame()));
            }
            long tSegment = System.nanoTime();

            Illuminant illuminant = null;
            WhiteBalance wb = WhiteBalance.toD65(Illuminant.d65("none"));
            boolean lightUncertain = false;
            boolean corrected = false;
            if (options.correctLight()) {
                double sceneScale = (double) sceneMat.cols() / working.cols();
                boolean[] exclude = headMask(scene, faces, sceneScale);
                excludeSkin(scene, masks, exclude);
                double[] e = estimator.estimate(scene, exclude);
                if (e != null && e[0] > 0 && e[1] > 0 && e[2] > 0) {
                    Illuminant sceneLight = Illuminant.fromLinearRgb(e[0], e[1], e[2], "gray-edge+shades-of-gray+bright-pixels");
                    // Skin as a second cue (LightFusion, SkinLocus): each face with enough skin pixels.
                    List<double[]> skins = new ArrayList<>();
                    for (int k = 0; k < faces.size(); k++) {
                        if (masks.get(k).count() >= MIN_SKIN_FOR_LIGHT) {
                            skins.add(SkinColorEstimator.photographedLinear(crops.get(k).image(), masks.get(k), crops.get(k).frame()));
                        }
                    }
                    illuminant = fusion.fuse(sceneLight, skins,
                            skins.isEmpty() ? "gray-edge+shades-of-gray+bright-pixels" : "gray-edge+shades-of-gray+bright-pixels+skin-locus");
                    wb = WhiteBalance.toD65(illuminant);
                    corrected = !wb.isIdentity();
                } else {
                    lightUncertain = true;
                }
            }
            long tLight2 = System.nanoTime();
            List<FaceAnalysis> results = new ArrayList<>(faces.size());
            for (int k = 0; k < faces.size(); k++) {
                results.add(measure(faces.get(k), crops.get(k), masks.get(k), wb, illuminant, lightUncertain, toPhoto, options));
            }
            long tSkin = System.nanoTime();

            FaceAnalysis primary = results.get(0);
            for (QualityWarning w : primary.warnings()) {
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
            Retake retake = primary.retake();
            byte[] report = null;
            if (options.renderReport()) {
                report = ReportRenderer.render(working, results, crops, masks, decoded.scale());
            }
            long tReport = System.nanoTime();
            StageTimings timings = new StageTimings(ms(tDecode - t0), ms(tFaces - tDecode), ms(tLight2 - tSegment),
                    ms(tSegment - tFaces) + ms(tSkin - tLight2), options.renderReport() ? ms(tReport - tSkin) : 0, ms(tReport - t0));
            return new SkinToneAnalysis(width, height, mediaType, results, warnings, retake, illuminant, corrected, timings,
                    report);
        } finally {
            if (detector != null) {
                giveBack(detector);
            }
        }
    }

    /** {@link #analyze(byte[], AnalysisOptions)} with {@link AnalysisOptions#defaults()}. */
    public SkinToneAnalysis analyze(byte[] image) throws ImageRejectedException {
        return analyze(image, AnalysisOptions.defaults());
    }

    private FaceAnalysis measure(DetectedFace face, FaceCrop crop, SkinMask mask, WhiteBalance wb, Illuminant illuminant,
                                 boolean lightUncertain, double toPhoto, AnalysisOptions options) {
        FaceBox photoBox = face.box().scaled(toPhoto);
        double sharpness = Sharpness.varianceOfLaplacian(crop.gray());
        QualityGate.Verdict verdict = gate.judge(photoBox.width(), mask, sharpness, illuminant);
        List<QualityWarning> warnings = new ArrayList<>(verdict.warnings());
        if (lightUncertain) {
            warnings.add(QualityWarning.UNCERTAIN_LIGHT);
        }
        Retake retake = verdict.retake();
        SkinColor skin = retake == null ? SkinColorEstimator.measure(crop.image(), mask, crop.frame(), wb) : null;
        if (retake == null && skin == null) {
            retake = new Retake(QualityWarning.LOW_SKIN_COVERAGE, "No measurable skin was found on the face.");
        }
        if (retake != null) {
            return new FaceAnalysis(photoBox, face.detector(), face.eyesLocated(), null, null, null, null, null, null,
                    null, null, sharpness, warnings, retake);
        }
        SkinToneAssessment tone = SkinToneAssessment.of(skin.lab());
        ToneNeighbours neighbours = neighbours(skin.lab(), tone.monk().tone());
        ToneMatch extra = options.scale() == null ? null : options.scale().classify(skin.lab());
        FeatureColor hair = FeatureColorEstimator.hair(crop.image(), crop.frame(), skin.asPhotographed(), wb);
        FeatureColor eyes = FeatureColorEstimator.eyes(crop.image(), crop.frame(), skin.asPhotographed(), wb, face.eyesLocated());
        ContrastLevel contrast = ContrastLevel.of(skin.lab(), hair, eyes);
        SeasonTraits traits = SeasonTraits.ofSkin(skin.lab());
        if (hair.known()) {
            traits = traits.withHair(hair.lab());
        }
        if (eyes.known()) {
            traits = traits.withEyes(eyes.lab());
        }
        SeasonAnalysis season = SeasonClassifier.standard().classify(traits);
        return new FaceAnalysis(photoBox, face.detector(), face.eyesLocated(), skin, tone, neighbours, extra, hair, eyes,
                contrast, season, sharpness, warnings, null);
    }

    private static ToneNeighbours neighbours(Lab skin, int tone) {
        MonkScale monk = MonkScale.standard();
        Double lighter = tone > 1 ? Ciede2000.deltaE(skin, monk.reference(tone - 1).toLab()) : null;
        Double darker = tone < 10 ? Ciede2000.deltaE(skin, monk.reference(tone + 1).toLab()) : null;
        return new ToneNeighbours(lighter, darker);
    }

    /** Marks each face's head (the box widened for hair and ears, extended to the neck) in the reduced scene. */
    private static boolean[] headMask(LinearImage scene, List<DetectedFace> faces, double scale) {
        boolean[] m = new boolean[scene.size()];
        int w = scene.width();
        int h = scene.height();
        for (DetectedFace f : faces) {
            FaceBox b = f.box().scaled(scale);
            int x0 = (int) Math.max(0, Math.floor(b.x() - 0.25 * b.width()));
            int x1 = (int) Math.min(w, Math.ceil(b.x() + 1.25 * b.width()));
            int y0 = (int) Math.max(0, Math.floor(b.y() - 0.40 * b.height()));
            int y1 = (int) Math.min(h, Math.ceil(b.y() + 1.30 * b.height()));
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    m[y * w + x] = true;
                }
            }
        }
        return m;
    }

    /**
     * Also excludes, anywhere in the scene, pixels whose chromaticity fits a face's skin model
     * (Mahalanobis distance below 3.5): the neck, arms and hands are skin, not scene, and would pull
     * the estimate towards the skin's colour.
     */
    private static void excludeSkin(LinearImage scene, List<SkinMask> masks, boolean[] exclude) {
        for (SkinMask m : masks) {
            if (m.model() == null) {
                continue;
            }
            for (int i = 0; i < scene.size(); i++) {
                if (!exclude[i] && m.model().distance2(scene.r(i), scene.g(i), scene.b(i)) < 3.5 * 3.5) {
                    exclude[i] = true;
                }
            }
        }
    }

    /** True when (nearly) every pixel has equal channels: a black-and-white photo stored as colour. */
    private static boolean isGray(LinearImage scene) {
        int colourful = 0;
        for (int i = 0; i < scene.size(); i++) {
            if (scene.peak(i) - scene.floor(i) > 6) {
                colourful++;
            }
        }
        return colourful < scene.size() * 0.01;
    }

    private static Mat reduce(Mat bgr, int longSide) {
        int side = Math.max(bgr.cols(), bgr.rows());
        if (side <= longSide) {
            return bgr;
        }
        double s = (double) longSide / side;
        Mat out = new Mat();
        resize(bgr, out, new Size(), s, s, INTER_AREA);
        return out;
    }

    private FaceDetector borrow() {
        FaceDetector d = detectors.pollFirst();
        return d != null ? d : new FaceDetector();
    }

    private void giveBack(FaceDetector d) {
        if (closed) {
            d.close();
        } else {
            detectors.offerFirst(d);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Frees the pooled face detectors. Calls in progress finish; later calls fail. */
    @Override
    public void close() {
        closed = true;
        FaceDetector d;
        while ((d = detectors.pollFirst()) != null) {
            d.close();
        }
    }
}
