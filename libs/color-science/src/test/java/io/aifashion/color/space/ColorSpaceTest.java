package io.aifashion.color.space;

import io.aifashion.color.InvalidColorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ColorSpaceTest {

    @Test
    void whiteAndBlackSitAtTheEndsOfTheLightnessScale() {
        Lab white = Srgb.parseHex("#ffffff").toLab();
        assertThat(white.l()).isCloseTo(100.0, within(1e-6));
        assertThat(white.a()).isCloseTo(0.0, within(1e-3));
        assertThat(white.b()).isCloseTo(0.0, within(1e-3));
        assertThat(Srgb.parseHex("#000000").toLab()).isEqualTo(new Lab(0, 0, 0));
    }

    @Test
    void primariesMatchPublishedLabValues() {
        // Lindbloom's colour calculator, sRGB, D65, 2°.
        assertLab(Srgb.of(255, 0, 0).toLab(), 53.2408, 80.0925, 67.2032);
        assertLab(Srgb.of(0, 255, 0).toLab(), 87.7347, -86.1827, 83.1793);
        assertLab(Srgb.of(0, 0, 255).toLab(), 32.2970, 79.1875, -107.8602);
        assertLab(Srgb.of(128, 128, 128).toLab(), 53.5850, 0.0, 0.0);
    }

    @Test
    void transferFunctionFollowsIec61966() {
        assertThat(SrgbTransferFunction.decode(0.04045)).isCloseTo(0.04045 / 12.92, within(1e-15));
        assertThat(SrgbTransferFunction.decode(0.5)).isCloseTo(Math.pow((0.5 + 0.055) / 1.055, 2.4), within(1e-15));
        assertThat(SrgbTransferFunction.encode(SrgbTransferFunction.decode(0.73))).isCloseTo(0.73, within(1e-14));
        assertThat(SrgbTransferFunction.decode8(255)).isEqualTo(1.0);
        assertThat(SrgbTransferFunction.decode8(10)).isEqualTo(SrgbTransferFunction.decode(10 / 255.0));
    }

    @Test
    void srgbToLabToSrgbRoundTripsWithinOneStepOnADenseGrid() {
        double worst = 0;
        for (int r = 0; r < 256; r += 3) {
            for (int g = 0; g < 256; g += 3) {
                for (int b = 0; b < 256; b += 3) {
                    Srgb srgb = Srgb.of(r, g, b);
                    Lab lab = srgb.toLab();
                    double[] back = lab.toLinearRgb().encoded();
                    worst = Math.max(worst, Math.abs(back[0] * 255 - r));
                    worst = Math.max(worst, Math.abs(back[1] * 255 - g));
                    worst = Math.max(worst, Math.abs(back[2] * 255 - b));
                    if (!lab.toSrgb().equals(srgb)) {
                        throw new AssertionError(srgb + " -> " + lab + " -> " + lab.toSrgb());
                    }
                }
            }
        }
        assertThat(worst).isLessThan(1.0 / 255);
    }

    @Test
    void fastConverterEqualsTheStepByStepPath() {
        for (int packed = 0; packed < 0x1000000; packed += 4099) {
            Srgb srgb = Srgb.fromPacked(packed);
            Lab slow = srgb.toLinear().toXyz().toLab();
            double[] out = new double[3];
            LabConverter.toLab(packed, out, 0);
            assertThat(out[0]).isCloseTo(slow.l(), within(1e-9));
            assertThat(out[1]).isCloseTo(slow.a(), within(1e-9));
            assertThat(out[2]).isCloseTo(slow.b(), within(1e-9));
        }
        int[] pixels = {0xff0000, 0x00ff00};
        double[] bulk = new double[6];
        LabConverter.toLab(pixels, bulk);
        assertThat(bulk[3]).isCloseTo(87.7347, within(1e-4));
    }

    @Test
    void polynomialCubeRootAgreesWithMathCbrtToSixUlps() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            double t = Math.exp(random.nextDouble(Math.log(CieLab.EPSILON), Math.log(1000)));
            double exact = Math.cbrt(t);
            assertThat(Math.abs(CieLab.cubeRoot(t) - exact)).isLessThanOrEqualTo(6 * Math.ulp(exact));
        }
    }

    @Test
    void hexParsingAcceptsCommonFormsAndPrintsCanonicalForm() {
        assertThat(Srgb.parseHex("#A07E56")).isEqualTo(Srgb.of(0xa0, 0x7e, 0x56));
        assertThat(Srgb.parseHex("a07e56")).isEqualTo(Srgb.of(0xa0, 0x7e, 0x56));
        assertThat(Srgb.parseHex("  #fa0 ")).isEqualTo(Srgb.of(0xff, 0xaa, 0x00));
        assertThat(Srgb.of(0xa0, 0x7e, 0x56).toHex()).isEqualTo("#a07e56");
        assertThat(Srgb.fromPacked(0x12abef).packed()).isEqualTo(0x12abef);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#", "#12345", "#1234567", "red", "#12345g", "#１２３４５６"})
    void malformedHexIsRejectedWithASpecificMessage(String hex) {
        assertThatThrownBy(() -> Srgb.parseHex(hex))
                .isInstanceOf(InvalidColorException.class)
                .hasMessageContaining("hex colour")
                .satisfies(e -> assertThat(((InvalidColorException) e).field()).isEqualTo("hex"));
    }

    @Test
    void malformedHexMessagesSayWhatIsWrong() {
        assertThatThrownBy(() -> Srgb.parseHex("#12345g")).hasMessageContaining("'g' at position 7");
        assertThatThrownBy(() -> Srgb.parseHex("#12345")).hasMessageContaining("got 5 characters");
        assertThatThrownBy(() -> Srgb.parseHex(null)).isInstanceOf(InvalidColorException.class).hasMessageContaining("missing");
    }

    @Test
    void outOfRangeLabIsRejectedNamingTheComponent() {
        assertThatThrownBy(() -> new Lab(101, 0, 0)).isInstanceOf(InvalidColorException.class)
                .hasMessageContaining("L*").satisfies(e -> assertThat(((InvalidColorException) e).field()).isEqualTo("lab.l"));
        assertThatThrownBy(() -> new Lab(50, -250, 0)).satisfies(e -> assertThat(((InvalidColorException) e).field()).isEqualTo("lab.a"));
        assertThatThrownBy(() -> new Lab(50, 0, Double.NaN)).satisfies(e -> assertThat(((InvalidColorException) e).field()).isEqualTo("lab.b"));
        assertThatThrownBy(() -> Srgb.of(256, 0, 0)).isInstanceOf(InvalidColorException.class).hasMessageContaining("red");
    }

    @Test
    void lchIsCylindricalLabWithNormalisedHue() {
        Lab lab = new Lab(60, -20, 20);
        Lch lch = lab.toLch();
        assertThat(lch.c()).isCloseTo(Math.sqrt(800), within(1e-12));
        assertThat(lch.h()).isCloseTo(135, within(1e-12));
        Lab back = lch.toLab();
        assertThat(back.a()).isCloseTo(-20, within(1e-12));
        assertThat(back.b()).isCloseTo(20, within(1e-12));
        assertThat(new Lch(50, 10, -30)).isEqualTo(new Lch(50, 10, 330));
        assertThat(new Lch(50, 10, 720).h()).isEqualTo(0.0);
        assertThat(Lch.hueDifference(350, 10)).isEqualTo(20.0);
        assertThat(Lch.hueDifference(10, 350)).isEqualTo(-20.0);
        assertThat(new Lab(50, 0, 0).hue()).isZero();
    }

    @Test
    void gamutClampKeepsLightnessAndHueAndLandsInGamut() {
        Lch vivid = new Lch(60, 150, 140); // far outside sRGB
        assertThat(vivid.toLab().isInSrgbGamut()).isFalse();
        Lch clamped = vivid.clampToSrgb();
        assertThat(clamped.toLab().isInSrgbGamut()).isTrue();
        assertThat(clamped.l()).isEqualTo(60);
        assertThat(clamped.h()).isEqualTo(140);
        assertThat(clamped.c()).isBetween(30.0, 150.0);
        // Slightly more chroma is out of gamut: the clamp found the boundary.
        assertThat(clamped.withChroma(clamped.c() + 1).toLab().isInSrgbGamut()).isFalse();
    }

    @Test
    void bradfordMatrixMatchesLindbloom() {
        double[][] m = ChromaticAdaptation.bradford(WhitePoint.D65, WhitePoint.D50).matrix();
        double[][] expected = {
                {1.0478112, 0.0228866, -0.0501270},
                {0.0295424, 0.9904844, -0.0170491},
                {-0.0092345, 0.0150436, 0.7521316}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(m[i][j]).isCloseTo(expected[i][j], within(2e-6));
            }
        }
    }

    @Test
    void adaptationMapsSourceWhiteToTargetWhiteAndInvertsExactly() {
        ChromaticAdaptation toA = ChromaticAdaptation.bradford(WhitePoint.D65, WhitePoint.A);
        Xyz adaptedWhite = toA.apply(WhitePoint.D65.toXyz());
        assertThat(adaptedWhite.x()).isCloseTo(WhitePoint.A.x(), within(1e-12));
        assertThat(adaptedWhite.z()).isCloseTo(WhitePoint.A.z(), within(1e-12));
        Xyz skin = Srgb.parseHex("#c68e6b").toXyz();
        Xyz back = ChromaticAdaptation.bradford(WhitePoint.A, WhitePoint.D65).apply(toA.apply(skin));
        assertThat(back.x()).isCloseTo(skin.x(), within(1e-12));
        assertThat(back.y()).isCloseTo(skin.y(), within(1e-12));
        // A Lab value measured against tungsten white comes back neutral when it was the white.
        Lab whiteUnderA = new Lab(100, 0, 0);
        Lab adapted = ChromaticAdaptation.bradford(WhitePoint.A, WhitePoint.D65).apply(whiteUnderA);
        assertThat(adapted.a()).isCloseTo(0, within(1e-9));
        assertThat(adapted.b()).isCloseTo(0, within(1e-9));
        // The three methods differ for a non-white colour.
        Xyz vk = ChromaticAdaptation.of(WhitePoint.D65, WhitePoint.A, ChromaticAdaptation.Method.VON_KRIES).apply(skin);
        assertThat(vk.z()).isNotCloseTo(toA.apply(skin).z(), within(1e-4));
    }

    @Test
    void whitePointFromChromaticityMatchesTabulatedD65() {
        WhitePoint d65 = WhitePoint.fromChromaticity("D65", 0.31271, 0.32902);
        assertThat(d65.x()).isCloseTo(WhitePoint.D65.x(), within(2e-4));
        assertThat(d65.z()).isCloseTo(WhitePoint.D65.z(), within(2e-4));
        assertThatThrownBy(() -> WhitePoint.fromChromaticity("bad", 0.7, 0.5)).isInstanceOf(InvalidColorException.class);
    }

    private static void assertLab(Lab lab, double l, double a, double b) {
        assertThat(lab.l()).isCloseTo(l, within(2e-3));
        assertThat(lab.a()).isCloseTo(a, within(2e-3));
        assertThat(lab.b()).isCloseTo(b, within(2e-3));
    }

    @Test
    void linearLightWhiteIsLStar100AndBrighterThanWhiteIsRefused() {
        // The sRGB matrix's Y row sums to 1.0000001: white must still be a valid L* 100.
        Lab white = new LinearRgb(1, 1, 1).toLab();
        assertThat(white.l()).isEqualTo(100.0);
        assertThat(white.a()).isCloseTo(0.0, within(1e-3));
        assertThat(white.b()).isCloseTo(0.0, within(1e-3));
        assertThatThrownBy(() -> new LinearRgb(1.01, 1.01, 1.01).toLab()).isInstanceOf(InvalidColorException.class)
                .hasMessageContaining("[0, 100]");
    }
}
