package io.aifashion.vision.decode;

import io.aifashion.vision.ImageRejectedException;
import io.aifashion.vision.RejectionReason;
import io.aifashion.vision.TestImages;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.opencv.global.opencv_core.CV_16UC3;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_WEBP_QUALITY;

class ImageDecoderTest {

    private PointerScope scope;
    private final ImageDecoder decoder = new ImageDecoder();

    @BeforeEach
    void open() {
        scope = new PointerScope();
    }

    @AfterEach
    void close() {
        scope.close();
    }

    /** 64 x 32: a red top-left quadrant, the rest blue; far enough apart to survive JPEG. */
    private static Mat marker() {
        return TestImages.paint(64, 32, (x, y) -> x < 32 && y < 16 ? 0xE01010 : 0x1010E0);
    }

    private static boolean redAt(Mat bgr, int x, int y) {
        try (UByteIndexer ix = bgr.createIndexer()) {
            return ix.get(y, x, 2) > 150 && ix.get(y, x, 0) < 100;
        }
    }

    @Test
    void decodesJpegPngAndWebpSniffedFromTheBytes() throws Exception {
        Mat m = marker();
        for (byte[] bytes : new byte[][] {TestImages.jpeg(m, 95), TestImages.encode(m, ".png"),
                TestImages.encode(m, ".webp", IMWRITE_WEBP_QUALITY, 100)}) {
            DecodedImage d = decoder.decode(bytes);
            assertThat(d.width()).isEqualTo(64);
            assertThat(d.height()).isEqualTo(32);
            assertThat(redAt(d.bgr(), 5, 5)).isTrue();
            assertThat(redAt(d.bgr(), 60, 28)).isFalse();
        }
        assertThat(decoder.inspect(TestImages.encode(m, ".webp", IMWRITE_WEBP_QUALITY, 100)).format()).isEqualTo(ImageFormat.WEBP);
        assertThat(decoder.inspect(TestImages.encode(m, ".webp", IMWRITE_WEBP_QUALITY, 101)).format()).isEqualTo(ImageFormat.WEBP);
    }

    /** EXIF 2.32 / TIFF 6.0 orientation: where the stored top-left quadrant ends up in the upright picture. */
    @ParameterizedTest
    @CsvSource({
            "1, 64, 32, 5, 5", "2, 64, 32, 60, 5", "3, 64, 32, 60, 28", "4, 64, 32, 5, 28",
            "5, 32, 64, 5, 5", "6, 32, 64, 28, 5", "7, 32, 64, 28, 60", "8, 32, 64, 5, 60"})
    void appliesTheExifOrientation(int orientation, int w, int h, int redX, int redY) throws Exception {
        for (boolean little : new boolean[] {false, true}) {
            byte[] jpeg = TestImages.withExifOrientation(TestImages.jpeg(marker(), 95), orientation, little);
            DecodedImage d = decoder.decode(jpeg);
            assertThat(d.header().orientation().tagValue()).isEqualTo(orientation);
            assertThat(d.header().metadataPresent()).isTrue();
            assertThat(d.width()).isEqualTo(w);
            assertThat(d.height()).isEqualTo(h);
            assertThat(d.header().orientedWidth()).isEqualTo(w);
            assertThat(redAt(d.bgr(), redX, redY)).as("orientation %d, little-endian %s", orientation, little).isTrue();
        }
    }

    @Test
    void readsTheOrientationFromAPngExifChunk() throws Exception {
        byte[] png = TestImages.encode(marker(), ".png");
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature + IHDR
        out.writeBytes(TestImages.pngChunk("eXIf", tiff));
        out.write(png, 33, png.length - 33);
        DecodedImage d = decoder.decode(out.toByteArray());
        assertThat(d.header().orientation()).isEqualTo(ExifOrientation.RIGHT_TOP);
        assertThat(d.width()).isEqualTo(32);
        assertThat(redAt(d.bgr(), 28, 5)).isTrue();
    }

    @Test
    void refusesADecompressionBombFromItsHeaderAlone() {
        byte[] bomb = TestImages.pngHeaderOnly(30_000, 30_000);
        assertThat(bomb.length).isLessThan(64);
        assertThatThrownBy(() -> decoder.decode(bomb))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectionReason.TOO_MANY_PIXELS);
                    assertThat(e.code()).isEqualTo("too-many-pixels");
                    assertThat(e.getMessage()).contains("30,000");
                });
    }

    @Test
    void refusesFilesOverTheByteLimitBeforeParsing() {
        ImageDecoder small = new ImageDecoder(new ImageLimits(1000, 40_000_000), 0);
        byte[] big = TestImages.jpeg(TestImages.paint(200, 200, (x, y) -> (x * 31 + y * 17) * 0x010101 & 0xFFFFFF), 100);
        assertThat(big.length).isGreaterThan(1000);
        assertThatThrownBy(() -> small.decode(big)).hasFieldOrPropertyWithValue("reason", RejectionReason.TOO_LARGE);
    }

    @Test
    void refusesEmptyTruncatedAndForeignFilesWithTheirReason() {
        byte[] jpeg = TestImages.jpeg(marker(), 90);
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> decoder.decode(new byte[0])).hasFieldOrPropertyWithValue("reason", RejectionReason.EMPTY);
        assertThatThrownBy(() -> decoder.decode(pdf))
                .hasFieldOrPropertyWithValue("reason", RejectionReason.UNSUPPORTED_FORMAT).hasMessageContaining("PDF");
        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(jpeg, jpeg.length / 2)))
                .hasFieldOrPropertyWithValue("reason", RejectionReason.TRUNCATED);
        byte[] png = TestImages.encode(marker(), ".png");
        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(png, png.length - 20)))
                .hasFieldOrPropertyWithValue("reason", RejectionReason.TRUNCATED);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decoder.decode(gif)).hasMessageContaining("GIF");
    }

    @Test
    void refusesCmykJpegAndAnimatedWebp() {
        // SOI, SOF0 declaring 4 components (CMYK), SOS, EOI: refused from the header.
        byte[] cmyk = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 20, 8, 0, 16, 0, 16, 4,
                1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0,
                (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 63, 0, 0, (byte) 0xFF, (byte) 0xD9};
        assertThatThrownBy(() -> decoder.decode(cmyk)).hasFieldOrPropertyWithValue("reason", RejectionReason.UNSUPPORTED_COLOR_MODEL);
        // RIFF/WEBP with a VP8X chunk whose animation flag is set (RFC 9649 section 2.7).
        byte[] vp8x = {'V', 'P', '8', 'X', 10, 0, 0, 0, 0x02, 0, 0, 0, 9, 0, 0, 9, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = 4 + vp8x.length;
        out.writeBytes(new byte[] {'R', 'I', 'F', 'F', (byte) size, 0, 0, 0, 'W', 'E', 'B', 'P'});
        out.writeBytes(vp8x);
        assertThatThrownBy(() -> decoder.decode(out.toByteArray()))
                .hasFieldOrPropertyWithValue("reason", RejectionReason.UNSUPPORTED_FORMAT).hasMessageContaining("Animated");
    }

    @Test
    void normalisesGraySixteenBitAndAlphaToEightBitBgr() throws Exception {
        Mat gray = new Mat(8, 8, CV_8UC1, new org.bytedeco.opencv.opencv_core.Scalar(100));
        DecodedImage g = decoder.decode(TestImages.encode(gray, ".png"));
        assertThat(g.grayscale()).isTrue();
        assertThat(g.bgr().channels()).isEqualTo(3);

        Mat deep = new Mat(8, 8, CV_16UC3, new org.bytedeco.opencv.opencv_core.Scalar(65535, 0, 32896, 0));
        DecodedImage d = decoder.decode(TestImages.encode(deep, ".png"));
        assertThat(d.header().bitsPerSample()).isEqualTo(16);
        try (UByteIndexer ix = d.bgr().createIndexer()) {
            assertThat(ix.get(4, 4, 0)).isEqualTo(255);
            assertThat(ix.get(4, 4, 2)).isEqualTo(128);
        }

        // Fully transparent pixels composite onto mid-grey, opaque ones keep their colour.
        Mat rgba = new Mat(8, 8, CV_8UC4, new org.bytedeco.opencv.opencv_core.Scalar(0, 0, 255, 0));
        try (UByteIndexer ix = rgba.createIndexer()) {
            for (int x = 0; x < 8; x++) {
                ix.put(0, x, 3, 255);
            }
        }
        DecodedImage a = decoder.decode(TestImages.encode(rgba, ".png"));
        assertThat(a.alphaComposited()).isTrue();
        try (UByteIndexer ix = a.bgr().createIndexer()) {
            assertThat(ix.get(0, 0, 2)).isEqualTo(255);
            assertThat(ix.get(5, 5, 0)).isEqualTo(128);
            assertThat(ix.get(5, 5, 2)).isEqualTo(128);
        }
    }

    @Test
    void decodesLargeJpegsAtReducedSizeWhenAllowed() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.paint(1600, 1200, (x, y) -> x < 800 ? 0xC08060 : 0x406080), 90);
        DecodedImage full = new ImageDecoder(ImageLimits.DEFAULT, 0).decode(jpeg);
        DecodedImage reduced = new ImageDecoder(ImageLimits.DEFAULT, 400).decode(jpeg);
        assertThat(full.width()).isEqualTo(1600);
        assertThat(reduced.width()).isEqualTo(400);
        assertThat(reduced.scale()).isEqualTo(0.25);
        assertThat(reduced.header().width()).isEqualTo(1600);
    }
}
