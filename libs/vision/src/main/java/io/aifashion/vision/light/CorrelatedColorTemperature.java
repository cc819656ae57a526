package io.aifashion.vision.light;

/**
 * Correlated colour temperature (CCT) and distance from the Planckian locus (Duv) of a
 * chromaticity, and the inverse.
 *
 * <p>The Planckian locus in CIE 1960 (u, v) is Krystek's rational approximation ("An algorithm to
 * calculate correlated colour temperature", Color Research &amp; Application 10(1), 1985), accurate
 * to better than 1e-4 in (u, v) between 1000 K and 15000 K. CCT is the temperature of the nearest
 * locus point in (u, v) (CIE 15:2004 section 9.5), found by golden-section search in reciprocal
 * temperature (mired); Duv is the signed distance to it, positive above the locus (greenish) and
 * negative below (pinkish), as defined by Ohno, "Practical use and calculation of CCT and Duv",
 * LEUKOS 10(1), 2014.
 */
public final class CorrelatedColorTemperature {

    /** The lowest temperature the approximation covers, in kelvin. */
    public static final double MIN_KELVIN = 1000;
    /** The highest temperature the approximation covers, in kelvin. */
    public static final double MAX_KELVIN = 15000;

    private CorrelatedColorTemperature() {
    }

    /** (u, v) of the Planckian radiator at {@code kelvin} (Krystek 1985). */
    static double[] planckianUv(double kelvin) {
        double t = kelvin;
        double u = (0.860117757 + 1.54118254e-4 * t + 1.28641212e-7 * t * t)
                / (1 + 8.42420235e-4 * t + 7.08145163e-7 * t * t);
        double v = (0.317398726 + 4.22806245e-5 * t + 4.20481691e-8 * t * t)
                / (1 - 2.89741816e-5 * t + 1.61456053e-7 * t * t);
        return new double[] {u, v};
    }

    /** CIE 1960 UCS (u, v) from CIE 1931 (x, y). */
    static double[] uv(double x, double y) {
        double d = -2 * x + 12 * y + 3;
        return new double[] {4 * x / d, 6 * y / d};
    }

    /** CIE 1931 (x, y) from CIE 1960 (u, v). */
    static double[] xy(double u, double v) {
        double d = 2 * u - 8 * v + 4;
        return new double[] {3 * u / d, 2 * v / d};
    }

    /**
     * {@code {cct, duv}} of the chromaticity (x, y). The CCT is clamped to [1000, 15000] K; beyond
     * that range (or far from the locus, |Duv| &gt; 0.05) the number says little.
     */
    public static double[] of(double x, double y) {
        double[] p = uv(x, y);
        double lo = 1e6 / MAX_KELVIN;
        double hi = 1e6 / MIN_KELVIN;
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = lo;
        double b = hi;
        double c = b - phi * (b - a);
        double d = a + phi * (b - a);
        double fc = distance2(p, 1e6 / c);
        double fd = distance2(p, 1e6 / d);
        for (int i = 0; i < 80; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - phi * (b - a);
                fc = distance2(p, 1e6 / c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + phi * (b - a);
                fd = distance2(p, 1e6 / d);
            }
        }
        double kelvin = 1e6 / ((a + b) / 2);
        double[] q = planckianUv(kelvin);
        double dist = Math.hypot(p[0] - q[0], p[1] - q[1]);
        return new double[] {kelvin, p[1] >= q[1] ? dist : -dist};
    }

    /**
     * The CIE 1931 (x, y) at temperature {@code kelvin} and signed distance {@code duv} from the
     * Planckian locus, measured along the locus normal (Ohno 2014, section 3).
     */
    public static double[] chromaticity(double kelvin, double duv) {
        if (!(kelvin >= MIN_KELVIN && kelvin <= MAX_KELVIN)) {
            throw new IllegalArgumentException("temperature must be within 1000..15000 K: " + kelvin);
        }
        double[] p = planckianUv(kelvin);
        double[] q = planckianUv(kelvin + 1);
        double du = q[0] - p[0];
        double dv = q[1] - p[1];
        double len = Math.hypot(du, dv);
        // Normal pointing towards +v (above the locus): rotate the tangent by +90 degrees or -90.
        double nu = -dv / len;
        double nv = du / len;
        if (nv < 0) {
            nu = -nu;
            nv = -nv;
        }
        return xy(p[0] + duv * nu, p[1] + duv * nv);
    }

    private static double distance2(double[] p, double kelvin) {
        double[] q = planckianUv(kelvin);
        double du = p[0] - q[0];
        double dv = p[1] - q[1];
        return du * du + dv * dv;
    }
}
