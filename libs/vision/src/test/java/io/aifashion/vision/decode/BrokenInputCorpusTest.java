package io.aifashion.vision.decode;

import io.aifashion.vision.AnalysisOptions;
import io.aifashion.vision.ImageRejectedException;
import io.aifashion.vision.SkinToneAnalysis;
import io.aifashion.vision.SkinToneAnalyzer;
import io.aifashion.vision.TestImages;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_WEBP_QUALITY;

/**
 * A corpus of damaged files, generated here: every entry must end in a typed rejection or a
 * result (possibly "retake"), never in any other exception or a crash of the JVM.
 */
class BrokenInputCorpusTest {

    private static SkinToneAnalyzer analyzer;

    @BeforeAll
    static void start() {
        analyzer = new SkinToneAnalyzer();
    }

    @AfterAll
    static void stop() {
        analyzer.close();
    }

    @Test
    void noDamagedFileCrashesTheAnalyzer() {
        Mat picture = TestImages.paint(96, 80, (x, y) -> ((x * 7) << 16) | ((y * 3) << 8) | ((x + y) & 0xFF));
        List<byte[]> valid = List.of(TestImages.jpeg(picture, 85), TestImages.encode(picture, ".png"),
                TestImages.encode(picture, ".webp", IMWRITE_WEBP_QUALITY, 80), TestImages.encode(picture, ".webp", IMWRITE_WEBP_QUALITY, 101));
        List<byte[]> corpus = new ArrayList<>();
        Random random = new Random(20240501);
        for (byte[] v : valid) {
            for (int cut : new int[] {1, 2, 3, 4, 8, 12, 16, 20, 24, 30, 33, 40, 64, 100, v.length / 3, v.length / 2, v.length - 2, v.length - 1}) {
                if (cut < v.length) {
                    corpus.add(Arrays.copyOf(v, cut));
                }
            }
            for (int k = 0; k < 40; k++) {
                byte[] flipped = v.clone();
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                corpus.add(flipped);
            }
            byte[] headerOnly = Arrays.copyOf(v, Math.min(v.length, 40));
            corpus.add(headerOnly);
            byte[] garbageTail = Arrays.copyOf(v, v.length + 100);
            corpus.add(garbageTail);
        }
        corpus.add(new byte[0]);
        corpus.add(new byte[] {(byte) 0xFF, (byte) 0xD8});
        corpus.add(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        corpus.add("%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII));
        corpus.add(TestImages.pngHeaderOnly(30_000, 30_000));
        corpus.add(TestImages.pngHeaderOnly(0, 10));
        corpus.add(TestImages.pngHeaderOnly(Integer.MAX_VALUE, 1));
        corpus.add(new byte[] {'R', 'I', 'F', 'F', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 'W', 'E', 'B', 'P'});
        byte[] noise = new byte[5000];
        random.nextBytes(noise);
        corpus.add(noise);

        int rejected = 0;
        int analysed = 0;
        for (byte[] input : corpus) {
            try {
                SkinToneAnalysis a = analyzer.analyze(input, AnalysisOptions.defaults());
                assertThat(a).isNotNull();
                analysed++;
            } catch (ImageRejectedException e) {
                assertThat(e.code()).matches("[a-z]+(-[a-z]+)*");
                assertThat(e.getMessage()).isNotBlank();
                rejected++;
            }
        }
        assertThat(rejected + analysed).isEqualTo(corpus.size());
        assertThat(rejected).as("most damaged files are refused").isGreaterThan(corpus.size() / 3);
    }
}
