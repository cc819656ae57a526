package io.aifashion.vision.skin;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import io.aifashion.vision.TestImages;
import io.aifashion.vision.analysis.SkinColor;
import io.aifashion.vision.analysis.SkinColorEstimator;
import io.aifashion.vision.face.DetectedFace;
import io.aifashion.vision.face.FaceBox;
import io.aifashion.vision.face.Point2;
import io.aifashion.vision.light.Illuminant;
import io.aifashion.vision.light.WhiteBalance;
import io.aifashion.vision.raster.LinearImage;
import org.bytedeco.javacpp.PointerScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drawn face (skin oval with shading, dark eyes and brows, red lips, dark hair, blue-grey
 * backdrop) for each of the lightest, a middle and the deepest Monk tone: the per-face colour model
 * must keep the skin and drop the rest at both ends of the scale, where fixed thresholds fail.
 */
class SkinSegmenterTest {

    private static final DetectedFace FACE = new DetectedFace(new FaceBox(20, 60, 160, 160),
            new Point2(68, 121), new Point2(132, 121), true, "test", 10);

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 8, 10})
    void keepsTheSkinAndDropsEyesLipsHairAndBackdrop(int tone) {
        Srgb skin = MonkScale.standard().reference(tone);
        FaceFrame frame = FaceFrame.of(FACE);
        Random noise = new Random(tone);
        try (PointerScope scope = new PointerScope()) {
            LinearImage img = LinearImage.fromBgr(TestImages.paint(200, 260, (x, y) -> {
                double u = frame.u(x + 0.5, y + 0.5);
                double v = frame.v(x + 0.5, y + 0.5);
                int n = noise.nextInt(5) - 2;
                if (FaceFrame.inHairZone(u, v) || (v < -0.9 && Math.abs(u) < 1.1)) {
                    return 0x1E1814;
                }
                if (!FaceFrame.inFaceOval(u, v)) {
                    return 0x6A7F92;
                }
                for (double eu : new double[] {-0.5, 0.5}) {
                    if (Math.hypot(u - eu, v) < 0.14) {
                        return 0x20140E; // iris and pupil
                    }
                    if (Math.abs(u - eu) < 0.3 && Math.abs(v + 0.33) < 0.05) {
                        return 0x2A1E18; // brow
                    }
                }
                if (Math.abs(u) < 0.4 && Math.abs(v - 1.12) < 0.09) {
                    return 0xB0384A; // lips
                }
                if (Math.abs(u) < 0.3 && Math.abs(v - 1.55) < 0.1) {
                    return 0x463C3C; // a goatee, inside the face oval: only the colour model can drop it
                }
                if (u > 0.55 && u < 0.75 && v > 0.5 && v < 0.65) {
                    return 0xFFFFFF; // a blown-out highlight on the cheek
                }
                double shade = 1.0 - 0.05 * (u + 1.1); // light from the left, never brighter than the colour itself
                return scale(skin.red(), shade, n) << 16 | scale(skin.green(), shade, n) << 8 | scale(skin.blue(), shade, n);
            }));
            SkinMask mask = new SkinSegmenter().segment(img, frame);
            assertThat(mask.coverage()).as("coverage for tone %d", tone).isGreaterThan(0.6);
            assertThat(mask.model()).isNotNull();
            assertThat(mask.isSkin(at(frame, -0.55, 0.6))).as("cheek").isTrue();
            assertThat(mask.isSkin(at(frame, 0.0, -0.6))).as("forehead").isTrue();
            assertThat(mask.isSkin(at(frame, 0.5, 0.0))).as("eye").isFalse();
            assertThat(mask.isSkin(at(frame, 0.0, 1.12))).as("lips").isFalse();
            assertThat(mask.isSkin(at(frame, 0.0, -0.95))).as("hair fringe inside the oval").isFalse();
            assertThat(mask.isSkin(at(frame, 0.0, 1.55))).as("goatee").isFalse();
            assertThat(mask.isSkin(at(frame, 0.65, 0.57))).as("highlight").isFalse();
            assertThat(mask.isSkin(at(frame, 1.9, 0.5))).as("backdrop").isFalse();
            SkinColor colour = SkinColorEstimator.measure(img, mask, frame, WhiteBalance.toD65(Illuminant.d65("t")));
            // The measurement sites are symmetric about u = 0, where the shading factor is 0.945.
            Lab expected = new Srgb(scale(skin.red(), 0.945, 0), scale(skin.green(), 0.945, 0), scale(skin.blue(), 0.945, 0)).toLab();
            assertThat(Ciede2000.deltaE(colour.lab(), expected)).as("tone %d", tone).isLessThan(1.5);
        }
    }

    private static int at(FaceFrame f, double u, double v) {
        return (int) f.y(u, v) * 200 + (int) f.x(u, v);
    }

    private static int scale(int c, double shade, int noise) {
        return Math.max(0, Math.min(255, (int) Math.round(c * shade) + noise));
    }
}
