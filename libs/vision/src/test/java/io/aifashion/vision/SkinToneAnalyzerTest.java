package io.aifashion.vision;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.skin.ToneScale;
import io.aifashion.color.space.Srgb;
import io.aifashion.vision.quality.QualityWarning;
import org.bytedeco.javacpp.PointerScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole pipeline on pictures generated here (no face photos needed). */
class SkinToneAnalyzerTest {

    private static SkinToneAnalyzer analyzer;

    @BeforeAll
    static void start() {
        analyzer = new SkinToneAnalyzer();
    }

    @AfterAll
    static void stop() {
        analyzer.close();
    }

    /** A 240 x 240 patch of a Monk colour with mild texture, JPEG-compressed. */
    private static byte[] patch(int tone, long seed) {
        Srgb c = MonkScale.standard().reference(tone);
        Random r = new Random(seed);
        try (PointerScope scope = new PointerScope()) {
            return TestImages.jpeg(TestImages.paint(240, 240, (x, y) -> {
                int n = r.nextInt(5) - 2;
                return clamp(c.red() + n) << 16 | clamp(c.green() + n) << 8 | clamp(c.blue() + n);
            }), 92);
        }
    }

    @Test
    void aPictureWithoutAFaceAsksForARetakeWithTheReason() throws Exception {
        byte[] landscape;
        try (PointerScope scope = new PointerScope()) {
            landscape = TestImages.jpeg(TestImages.paint(400, 300, (x, y) -> y < 150
                    ? (120 + y / 3) << 16 | (160 + y / 4) << 8 | 230 : 0x3C6E28 + ((x * 13 + y * 7) % 20)), 90);
        }
        SkinToneAnalysis a = analyzer.analyze(landscape, AnalysisOptions.defaults());
        assertThat(a.faces()).isEmpty();
        assertThat(a.retake()).isNotNull();
        assertThat(a.retake().reason()).isEqualTo(QualityWarning.NO_FACE);
        assertThat(a.retake().code()).isEqualTo("no-face");
        assertThat(a.warnings()).containsExactly(QualityWarning.NO_FACE);
        assertThat(a.width()).isEqualTo(400);
        assertThat(a.mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void aBlackAndWhitePhotoIsRefusedAsGrayscale() throws Exception {
        byte[] gray;
        try (PointerScope scope = new PointerScope()) {
            gray = TestImages.jpeg(TestImages.paint(200, 200, (x, y) -> ((x + y) / 2) * 0x010101), 90);
        }
        SkinToneAnalysis a = analyzer.analyze(gray, AnalysisOptions.defaults());
        assertThat(a.retake().code()).isEqualTo("grayscale");
    }

    @Test
    void aSkinPatchWithoutDetectionIsMeasuredOnTheMonkScale() throws Exception {
        for (int tone : new int[] {1, 2, 4, 6, 8, 10}) {
            SkinToneAnalysis a = analyzer.analyze(patch(tone, tone), AnalysisOptions.defaults().withFaceDetection(false));
            assertThat(a.retake()).as("tone %d", tone).isNull();
            FaceAnalysis f = a.primaryFace().orElseThrow();
            assertThat(f.detector()).isEqualTo("none");
            assertThat(f.tone().monk().tone()).as("tone %d", tone).isEqualTo(tone);
            assertThat(Ciede2000.deltaE(f.skin().lab(), MonkScale.standard().reference(tone).toLab())).isLessThan(1.5);
            assertThat(f.skin().coverage()).isGreaterThan(0.9);
            // The whole picture is skin: there is no scene to estimate the light from.
            assertThat(a.illuminant()).isNull();
            assertThat(f.warnings()).contains(QualityWarning.UNCERTAIN_LIGHT);
            assertThat(f.hair().known()).isFalse();
        }
    }

    @Test
    void classifiesOnAnExtraScaleWhenAsked() throws Exception {
        ToneScale shades = ToneScale.fromHex("shades", List.of("#f3e7db", "#a07e56", "#3a312a"));
        SkinToneAnalysis a = analyzer.analyze(patch(6, 1), AnalysisOptions.defaults().withFaceDetection(false).withScale(shades));
        assertThat(a.primaryFace().orElseThrow().scaleMatch().tone().index()).isEqualTo(2);
        assertThat(a.primaryFace().orElseThrow().neighbours().lighter()).isPositive();
    }

    @Test
    void rendersAPngReportOnRequest() throws Exception {
        SkinToneAnalysis a = analyzer.analyze(patch(5, 2), AnalysisOptions.defaults().withFaceDetection(false).withReport(true));
        byte[] png = a.report();
        assertThat(png).isNotNull();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        try (PointerScope scope = new PointerScope()) {
            assertThat(TestImages.decode(png).cols()).isGreaterThan(240);
        }
        assertThat(analyzer.analyze(patch(5, 2), AnalysisOptions.defaults().withFaceDetection(false)).report()).isNull();
    }

    @Test
    void isSafeToCallFromManyThreadsAtOnce() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            inputs.add(patch(1 + i % 10, i));
        }
        AnalysisOptions options = AnalysisOptions.defaults().withFaceDetection(false);
        List<String> sequential = new ArrayList<>();
        for (byte[] in : inputs) {
            sequential.add(analyzer.analyze(in, options).primaryFace().orElseThrow().skin().hex());
        }
        List<String> parallel = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> futures = new ArrayList<>();
            for (byte[] in : inputs) {
                futures.add(pool.submit(() -> analyzer.analyze(in, options).primaryFace().orElseThrow().skin().hex()));
            }
            for (Future<String> f : futures) {
                parallel.add(f.get());
            }
        }
        assertThat(parallel).isEqualTo(sequential);
        // And face detection (pooled cascades) from several threads on a face-free picture.
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<SkinToneAnalysis>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> analyzer.analyze(patch(3, 9), AnalysisOptions.defaults())));
            }
            for (Future<SkinToneAnalysis> f : futures) {
                assertThat(f.get().retake().code()).isEqualTo("no-face");
            }
        }
    }

    @Test
    void badInputIsATypedRejection() {
        assertThatThrownBy(() -> analyzer.analyze(new byte[0], AnalysisOptions.defaults()))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.code()).isEqualTo("empty"));
        assertThatThrownBy(() -> analyzer.analyze(TestImages.pngHeaderOnly(30_000, 30_000), AnalysisOptions.defaults()))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.code()).isEqualTo("too-many-pixels"));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
