package io.aifashion.vision.light;

import io.aifashion.color.space.WhitePoint;
import io.aifashion.vision.TestImages;
import io.aifashion.vision.raster.LinearImage;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LightTest {

    private static Illuminant of(WhitePoint w) {
        double s = w.x() + w.y() + w.z();
        return Illuminant.fromChromaticity(w.x() / s, w.y() / s, w.name());
    }

    @Test
    void correlatedColourTemperatureOfTheCieIlluminants() {
        // CIE 15:2004 table T.1: A 2856 K; D65 6504 K (about 0.0032 above the locus); D50 5003 K.
        assertThat(of(WhitePoint.A).cct()).isCloseTo(2856, within(8.0));
        assertThat(of(WhitePoint.A).duv()).isCloseTo(0.0, within(0.0005));
        assertThat(of(WhitePoint.D65).cct()).isCloseTo(6504, within(15.0));
        assertThat(of(WhitePoint.D65).duv()).isCloseTo(0.0032, within(0.0005));
        assertThat(of(WhitePoint.D50).cct()).isCloseTo(5003, within(15.0));
    }

    @Test
    void chromaticityFromTemperatureAndDuvRoundTrips() {
        for (double k : new double[] {2000, 2856, 4000, 6500, 9000, 12000}) {
            for (double duv : new double[] {-0.01, 0, 0.008}) {
                double[] xy = CorrelatedColorTemperature.chromaticity(k, duv);
                double[] back = CorrelatedColorTemperature.of(xy[0], xy[1]);
                assertThat(back[0]).isCloseTo(k, within(k * 0.002));
                assertThat(back[1]).isCloseTo(duv, within(0.0002));
            }
        }
    }

    @Test
    void correctionUndoesTheRenderedCastAndLeavesD65Alone() {
        for (WhitePoint w : new WhitePoint[] {WhitePoint.A, WhitePoint.F2, WhitePoint.F11, WhitePoint.D50}) {
            Illuminant light = of(w);
            WhiteBalance render = WhiteBalance.fromD65(light);
            WhiteBalance correct = WhiteBalance.toD65(light);
            double[] white = new double[3];
            render.apply(1, 1, 1, white);
            // The light's white has its strongest channel at full scale.
            assertThat(Math.max(white[0], Math.max(white[1], white[2]))).isCloseTo(1.0, within(1e-9));
            double[] skin = {0.42, 0.25, 0.15};
            double[] cast = new double[3];
            double[] back = new double[3];
            render.apply(skin[0], skin[1], skin[2], cast);
            correct.apply(cast[0], cast[1], cast[2], back);
            assertThat(back).containsExactly(skin, within(1e-6));
        }
        assertThat(WhiteBalance.toD65(Illuminant.d65("t")).isIdentity()).isTrue();
    }

    @Test
    void estimatorFindsACastOnAGreyWorldSceneAndIsEquivariant() {
        try (PointerScope scope = new PointerScope()) {
            Random r = new Random(7);
            int[] patches = new int[64];
            for (int i = 0; i < patches.length; i++) {
                int g = 40 + r.nextInt(180);
                int d = r.nextInt(50) - 25;
                patches[i] = (clamp(g + d) << 16) | (clamp(g) << 8) | clamp(g - d);
            }
            // A white card, as in most real scenes (the bright-pixels member reads it; without one it
            // would read whichever coloured patch happens to be brightest).
            patches[27] = (235 << 16) | (235 << 8) | 235;
            // A "Mondrian" of 8 x 8 achromatic-on-average patches.
            Mat scene = TestImages.paint(160, 160, (x, y) -> patches[(y / 20) * 8 + x / 20]);
            IlluminantEstimator est = new IlluminantEstimator();
            double[] neutral = est.estimate(LinearImage.fromBgr(scene), null);
            Illuminant n = Illuminant.fromLinearRgb(neutral[0], neutral[1], neutral[2], "t");
            Illuminant a = of(WhitePoint.A);
            double[] cast = est.estimate(LinearImage.fromBgr(TestImages.cast(scene, WhiteBalance.fromD65(a))), null);
            Illuminant c = Illuminant.fromLinearRgb(cast[0], cast[1], cast[2], "t");
            // The neutral scene reads near D65, the cast scene near A (within 10 mired, after quantisation).
            assertThat(Math.abs(1e6 / n.cct() - 1e6 / 6504)).isLessThan(15);
            assertThat(Math.abs(1e6 / c.cct() - 1e6 / a.cct() - (1e6 / n.cct() - 1e6 / 6504))).isLessThan(10);
        }
    }

    @Test
    void brightPixelsReadTheBrightestUnclippedSurfaceNotTheBlownOnes() {
        try (PointerScope scope = new PointerScope()) {
            // Dark red-brown scene, a pale blue-white strip of 3 % of the pixels, and a blown
            // (clipped) orange strip that is brighter still but has lost its colour.
            Mat scene = TestImages.paint(100, 100, (x, y) -> y < 3 ? 0xffb060 : y < 6 ? 0xd8e0f0 : 0x603828);
            double[] e = IlluminantEstimator.brightPixels(LinearImage.fromBgr(scene), null, 0.01);
            LinearImage strip = LinearImage.fromBgr(TestImages.paint(4, 4, (x, y) -> 0xd8e0f0));
            double[] white = {strip.r(0), strip.g(0), strip.b(0)};
            double len = Math.sqrt(white[0] * white[0] + white[1] * white[1] + white[2] * white[2]);
            for (int c = 0; c < 3; c++) {
                assertThat(e[c]).isCloseTo(white[c] / len, within(1e-3));
            }
            // Too few usable pixels: no estimate.
            assertThat(IlluminantEstimator.brightPixels(LinearImage.fromBgr(TestImages.paint(6, 6, (x, y) -> 0x808080)), null, 0.01)).isNull();
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
