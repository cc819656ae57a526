package io.aifashion.vision.light;

import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;

/**
 * The skin locus: where human skin lies in CIELAB under D65, used as a colour-constancy cue
 * (skin as a reference surface: Störring, Andersen &amp; Granum, "Skin colour detection under changing
 * lighting conditions", 1999; Bianco &amp; Schettini, "Adaptive Color Constancy Using Faces", IEEE
 * TPAMI 36(8), 2014).
 *
 * <p>Skin colour is made by two chromophores, melanin and haemoglobin, under a thin scattering
 * layer; across people it varies mostly along one direction, from light and pale to deep and
 * brown, and much less across it. The locus here is the polyline through the ten Monk Skin Tone
 * references in (L*, a*, b*), which spans that curve from the lightest to the deepest skin.
 *
 * <p>The cue is the <em>perpendicular</em> distance of a corrected skin colour from this curve: it
 * says nothing about where along the curve the skin lies (which tone), only how far it stands off
 * it. A colour cast moves the skin off the curve (a warm light adds b*, a green tint lowers a*); the
 * illuminant that brings the skin back towards the curve is evidence about the light. The distance is
 * scored against {@link #SPREAD}, the spread of real skin around such a curve: at a given lightness,
 * skin of different people differs by a few units in a* and b* (redness, yellowness: the undertone;
 * de Rigal et al. 2007, Xiao et al. 2017). That width is why the cue is combined with the scene
 * estimate and a prior ({@link LightFusion}) and never used alone: alone, it would push every skin
 * onto the curve and erase its undertone.
 */
public final class SkinLocus {

    /** Standard deviation (ΔE*ab) of real skin around the locus, per unit of perpendicular distance. */
    public static final double SPREAD = 4.0;

    private final double[][] points;

    public SkinLocus() {
        MonkScale monk = MonkScale.standard();
        points = new double[10][];
        for (int t = 1; t <= 10; t++) {
            Lab l = monk.reference(t).toLab();
            points[t - 1] = new double[] {l.l(), l.a(), l.b()};
        }
    }

    /** Squared Euclidean (ΔE*ab) distance from (L*, a*, b*) to the locus polyline. */
    public double distance2(double l, double a, double b) {
        double best = Double.MAX_VALUE;
        for (int k = 0; k + 1 < points.length; k++) {
            double[] p = points[k];
            double[] q = points[k + 1];
            double dl = q[0] - p[0];
            double da = q[1] - p[1];
            double db = q[2] - p[2];
            double len2 = dl * dl + da * da + db * db;
            double t = len2 == 0 ? 0 : ((l - p[0]) * dl + (a - p[1]) * da + (b - p[2]) * db) / len2;
            t = Math.max(0, Math.min(1, t));
            double el = l - p[0] - t * dl;
            double ea = a - p[1] - t * da;
            double eb = b - p[2] - t * db;
            best = Math.min(best, el * el + ea * ea + eb * eb);
        }
        return best;
    }
}
