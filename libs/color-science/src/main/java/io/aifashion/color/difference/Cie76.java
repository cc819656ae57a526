package io.aifashion.color.difference;

import io.aifashion.color.space.Lab;

/**
 * ΔE*ab (CIE 1976): the Euclidean distance in CIELAB (CIE 15:2004 eq. 8.15). Cheap and metric but
 * perceptually uneven — saturated colours look closer than ΔE*ab says — hence {@link Ciede2000}
 * for everything the user sees.
 */
public final class Cie76 implements ColorDifference {

    public static final Cie76 INSTANCE = new Cie76();

    private Cie76() {
    }

    public static double deltaE(Lab x, Lab y) {
        double dl = x.l() - y.l();
        double da = x.a() - y.a();
        double db = x.b() - y.b();
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    @Override
    public double between(Lab reference, Lab sample) {
        return deltaE(reference, sample);
    }
}
