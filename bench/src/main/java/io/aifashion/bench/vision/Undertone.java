package io.aifashion.bench.vision;

import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;

/**
 * A person's own offset from the Monk curve in (a*, b*): where their skin lies beside the polyline
 * through the ten Monk references, at the nearest point of it. Real skin is not on that curve —
 * redness and yellowness at a given lightness differ between people (the undertone; de Rigal et al.
 * 2007, Xiao et al. 2017) — so a re-toned face keeps its source person's offset: the harness then
 * rewards a light estimate that corrects the light, not one that pulls every skin onto the curve.
 * The source photos are taken as D65; a photographer's cast in one of them becomes part of that
 * person's offset (docs/vision.md).
 */
record Undertone(double da, double db) {

    /** The offset of a skin colour (CIELAB, D65) from the nearest point of the Monk polyline. */
    static Undertone of(double[] lab) {
        MonkScale monk = MonkScale.standard();
        double best = Double.MAX_VALUE;
        double da = 0;
        double db = 0;
        for (int t = 1; t < 10; t++) {
            Lab p = monk.reference(t).toLab();
            Lab q = monk.reference(t + 1).toLab();
            double dl = q.l() - p.l();
            double dA = q.a() - p.a();
            double dB = q.b() - p.b();
            double len2 = dl * dl + dA * dA + dB * dB;
            double u = len2 == 0 ? 0 : ((lab[0] - p.l()) * dl + (lab[1] - p.a()) * dA + (lab[2] - p.b()) * dB) / len2;
            u = Math.max(0, Math.min(1, u));
            double el = lab[0] - p.l() - u * dl;
            double ea = lab[1] - p.a() - u * dA;
            double eb = lab[2] - p.b() - u * dB;
            double d2 = el * el + ea * ea + eb * eb;
            if (d2 < best) {
                best = d2;
                da = ea;
                db = eb;
            }
        }
        return new Undertone(da, db);
    }

    /**
     * {@code reference} moved by this offset in a* and b* (lightness unchanged), shortened where the
     * full offset would leave the sRGB gamut with a margin (near-white and near-black references
     * leave little room for chroma), so the re-toned skin stays measurable.
     */
    Lab applyTo(Lab reference) {
        for (double f = 1; f > 0; f -= 0.05) {
            Lab c = new Lab(reference.l(), reference.a() + f * da, reference.b() + f * db);
            var rgb = c.toLinearRgb();
            double max = Math.max(rgb.r(), Math.max(rgb.g(), rgb.b()));
            double min = Math.min(rgb.r(), Math.min(rgb.g(), rgb.b()));
            if (max <= 0.95 && min >= 0.002) {
                return c;
            }
        }
        return reference;
    }
}
