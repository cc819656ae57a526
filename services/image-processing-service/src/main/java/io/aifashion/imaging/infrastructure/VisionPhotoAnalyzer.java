package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.AnalysisResult;
import io.aifashion.imaging.domain.AnalysisSettings;
import io.aifashion.imaging.domain.AnalyzedPhoto;
import io.aifashion.imaging.domain.PhotoAnalyzer;
import io.aifashion.imaging.domain.PhotoCopy;
import io.aifashion.imaging.domain.Rejection;
import io.aifashion.imaging.domain.UnusableImageException;
import io.aifashion.vision.AnalysisOptions;
import io.aifashion.vision.ImageRejectedException;
import io.aifashion.vision.SkinToneAnalysis;
import io.aifashion.vision.SkinToneAnalyzer;
import io.aifashion.vision.decode.DecodedImage;
import io.aifashion.vision.decode.ImageDecoder;
import io.aifashion.vision.decode.ImageLimits;
import io.micrometer.core.instrument.MeterRegistry;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Runs the vision pipeline, on {@link AnalysisWorkers} (one thread per processor by default, with a
 * bounded waiting line, so that a burst of uploads queues instead of exhausting memory), and turns
 * its result into the service's terms. The library's refusals become {@link UnusableImageException}.
 */
@Component
public class VisionPhotoAnalyzer implements PhotoAnalyzer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VisionPhotoAnalyzer.class);
    /** JPEG quality of a kept photo: visually lossless for photos (libjpeg scale, IJG). */
    private static final int KEPT_JPEG_QUALITY = 90;

    private final SkinToneAnalyzer analyzer;
    private final ImageDecoder keptPhotoDecoder;
    private final AnalysisWorkers workers;
    private final int keptLongSide;
    private final AnalysisMetrics metrics;

    public VisionPhotoAnalyzer(ImagingProperties props, MeterRegistry meters) {
        ImageLimits limits = new ImageLimits(props.maxBytes().toBytes(), props.maxPixels());
        this.analyzer = new SkinToneAnalyzer(limits);
        this.keptPhotoDecoder = new ImageDecoder(limits, props.keptLongSide());
        this.workers = new AnalysisWorkers(props.workers(), props.queueCapacity(), props.waitTimeout(), meters);
        this.keptLongSide = props.keptLongSide();
        this.metrics = new AnalysisMetrics(meters);
    }

    @Override
    public AnalyzedPhoto analyze(byte[] image, AnalysisSettings settings, boolean keepPhoto) {
        return workers.run(() -> metrics.time(() -> run(image, settings, keepPhoto)));
    }

    private AnalyzedPhoto run(byte[] image, AnalysisSettings settings, boolean keepPhoto) {
        AnalysisOptions options = AnalysisOptions.defaults().withFaceDetection(settings.detectFaces())
                .withReport(keepPhoto);
        SkinToneAnalysis analysis;
        try {
            analysis = analyzer.analyze(image, options);
        } catch (ImageRejectedException e) {
            Rejection why = VisionMapping.rejection(e.reason());
            metrics.rejected(why);
            throw new UnusableImageException(why, e.getMessage());
        } catch (RuntimeException e) {
            metrics.rejected(Rejection.ANALYSIS_FAILED);
            // The library refuses bad input with ImageRejectedException; anything else means these
            // particular bytes got past its checks and broke a later stage. It is logged for a fix,
            // and the caller is told the image could not be analysed rather than given a 500.
            log.error("The vision pipeline failed on an upload of {} bytes", image.length, e);
            throw new UnusableImageException(Rejection.ANALYSIS_FAILED,
                    "The image was read but its pixels could not be analysed. Try another photo.");
        }
        AnalysisResult result = VisionMapping.result(analysis);
        metrics.completed(result);
        PhotoCopy copy = null;
        if (keepPhoto && result.completed() && analysis.report() != null) {
            copy = reencode(image, analysis.report());
        }
        return new AnalyzedPhoto(result, copy);
    }

    /**
     * The kept copy is re-encoded from the decoded, upright pixels: nothing of the uploaded file
     * but its pixels survives — no EXIF (camera, time, GPS position), XMP or ICC data.
     */
    private PhotoCopy reencode(byte[] image, byte[] report) {
        try (PointerScope scope = new PointerScope()) {
            DecodedImage decoded = keptPhotoDecoder.decode(image);
            Mat pixels = decoded.bgr();
            int longSide = Math.max(pixels.cols(), pixels.rows());
            if (longSide > keptLongSide) {
                double s = (double) keptLongSide / longSide;
                Mat smaller = new Mat();
                resize(pixels, smaller, new Size(), s, s, INTER_AREA);
                pixels = smaller;
            }
            BytePointer jpeg = new BytePointer();
            if (!imencode(".jpg", pixels, jpeg, new IntPointer(IMWRITE_JPEG_QUALITY, KEPT_JPEG_QUALITY))) {
                throw new IllegalStateException("JPEG encoding of the kept photo failed");
            }
            byte[] bytes = new byte[(int) jpeg.limit()];
            jpeg.get(bytes);
            return new PhotoCopy(bytes, "image/jpeg", pixels.cols(), pixels.rows(), report);
        } catch (ImageRejectedException e) {
            // The analyzer has just decoded the same bytes with the same limits.
            throw new IllegalStateException("the photo decoded once but not twice", e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.close();
        analyzer.close();
    }
}
