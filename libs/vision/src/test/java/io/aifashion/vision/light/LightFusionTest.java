package io.aifashion.vision.light;

import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.LinearRgb;
import io.aifashion.color.space.WhitePoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The skin-locus cue and its fusion with the scene estimate. */
class LightFusionTest {

    private final SkinLocus locus = new SkinLocus();
    private final LightFusion fusion = new LightFusion();

    private static Illuminant of(WhitePoint w) {
        double s = w.x() + w.y() + w.z();
        return Illuminant.fromChromaticity(w.x() / s, w.y() / s, w.name());
    }

    private static double mired(Illuminant i) {
        return 1e6 / i.cct();
    }

    /** A Monk reference colour as a camera would record it under {@code light}. */
    private static double[] skinUnder(int tone, Illuminant light) {
        LinearRgb d65 = MonkScale.standard().reference(tone).toLab().toLinearRgb();
        double[] o = new double[3];
        WhiteBalance.fromD65(light).apply(d65.r(), d65.g(), d65.b(), o);
        return o;
    }

    @Test
    void everyMonkReferenceLiesOnTheLocusAndACastMovesItOff() {
        for (int t = 1; t <= 10; t++) {
            Lab l = MonkScale.standard().reference(t).toLab();
            assertThat(locus.distance2(l.l(), l.a(), l.b())).as("tone " + t).isLessThan(1e-9);
        }
        // Monk 6 with a green tint of 10 units in a*: the perpendicular distance is most of it.
        Lab six = MonkScale.standard().reference(6).toLab();
        assertThat(Math.sqrt(locus.distance2(six.l(), six.a() - 10, six.b()))).isGreaterThan(6);
    }

    @Test
    void theSkinCuePullsAWrongSceneEstimateTowardsTheTrueLight() {
        Illuminant a = of(WhitePoint.A);
        // The scene (a blue backdrop) reads 60 mired cooler than the incandescent light really is.
        double[] xy = CorrelatedColorTemperature.chromaticity(1e6 / (mired(a) - 60), a.duv());
        Illuminant scene = Illuminant.fromChromaticity(xy[0], xy[1], "scene");
        Illuminant sceneOnly = fusion.fuse(scene, List.of(), "scene");
        Illuminant withSkin = fusion.fuse(scene, List.of(skinUnder(6, a)), "scene+skin");
        assertThat(Math.abs(mired(withSkin) - mired(a))).isLessThan(Math.abs(mired(sceneOnly) - mired(a)) - 20);
    }

    @Test
    void aNeutralPhotoStaysNeutralAndAStrongCastIsCorrectedAlmostFully() {
        Illuminant d65 = Illuminant.d65("d65");
        Illuminant neutral = fusion.fuse(d65, List.of(skinUnder(4, d65)), "n");
        assertThat(Math.abs(mired(neutral) - mired(d65))).isLessThan(3);
        Illuminant a = of(WhitePoint.A);
        Illuminant warm = fusion.fuse(a, List.of(skinUnder(4, a)), "w");
        assertThat(Math.abs(mired(warm) - mired(a))).isLessThan(10);
    }
}
