package io.aifashion.recommendation.domain.experiment;

/**
 * The standard normal distribution function Φ and its upper tail, to double precision.
 *
 * <p>W. J. Cody's rational Chebyshev approximations (Cody 1969, "Rational Chebyshev approximations
 * for the error function", Math. Comp. 23; as revised in ACM TOMS Algorithm 715, Cody 1993, and used
 * by R's {@code pnorm}). Three ranges: |x| ≤ 0.674 (a rational function of x²), 0.674 < |x| ≤ √32
 * (a rational function of |x| times the Gaussian density) and beyond (an asymptotic rational
 * function of 1/x²). The tail is computed directly, never as 1 − Φ, so small p-values keep their
 * relative accuracy; and exp(−x²/2) is split as exp(−x̃²/2)·exp(−(x − x̃)(x + x̃)/2) with x̃ = x
 * rounded to 1/16, which avoids the cancellation error of squaring x.
 */
public final class NormalDistribution {

    private static final double[] A = {
        2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
        0.065682337918207449113};
    private static final double[] B = {
        47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956};
    private static final double[] C = {
        0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
        2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
        1.0765576773720192317e-8};
    private static final double[] D = {
        22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
        18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727};
    private static final double[] P = {
        0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
        2.9112874951168792e-5, 0.02307344176494017303};
    private static final double[] Q = {
        1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
        7.29751555083966205e-5};
    private static final double ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
    private static final double SQRT_32 = 5.656854249492380195206754896838;

    private NormalDistribution() {
    }

    /** Φ(x) = P(Z ≤ x). */
    public static double cdf(double x) {
        return tails(x)[0];
    }

    /** 1 − Φ(x) = P(Z > x), accurate also far in the tail. */
    public static double upperTail(double x) {
        return tails(x)[1];
    }

    /** Two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
    public static double twoSidedP(double z) {
        return Math.min(1.0, 2 * upperTail(Math.abs(z)));
    }

    private static double[] tails(double x) {
        if (Double.isNaN(x)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double y = Math.abs(x);
        double cum;
        double ccum;
        if (y <= 0.67448975) {
            double xnum = 0;
            double xden = 0;
            if (y > 0x1p-54) {
                double xsq = x * x;
                xnum = A[4] * xsq;
                xden = xsq;
                for (int i = 0; i < 3; i++) {
                    xnum = (xnum + A[i]) * xsq;
                    xden = (xden + B[i]) * xsq;
                }
            }
            double temp = x * (xnum + A[3]) / (xden + B[3]);
            return new double[] {0.5 + temp, 0.5 - temp};
        } else if (y <= SQRT_32) {
            double xnum = C[8] * y;
            double xden = y;
            for (int i = 0; i < 7; i++) {
                xnum = (xnum + C[i]) * y;
                xden = (xden + D[i]) * y;
            }
            double temp = (xnum + C[7]) / (xden + D[7]);
            cum = gaussianFactor(y) * temp;
            ccum = 1.0 - cum;
        } else if (y < 38.5) {
            double xsq = 1.0 / (x * x);
            double xnum = P[5] * xsq;
            double xden = xsq;
            for (int i = 0; i < 4; i++) {
                xnum = (xnum + P[i]) * xsq;
                xden = (xden + Q[i]) * xsq;
            }
            double temp = xsq * (xnum + P[4]) / (xden + Q[4]);
            temp = (ONE_OVER_SQRT_2PI - temp) / y;
            cum = gaussianFactor(y) * temp;
            ccum = 1.0 - cum;
        } else {
            cum = 0;
            ccum = 1;
        }
        // cum is the lower tail at −|x|; swap for positive x
        return x > 0 ? new double[] {ccum, cum} : new double[] {cum, ccum};
    }

    /** exp(−y²/2) computed as exp(−ỹ²/2)·exp(−(y − ỹ)(y + ỹ)/2) with ỹ = y truncated to 1/16. */
    private static double gaussianFactor(double y) {
        double ysq = Math.floor(y * 16) / 16;
        double del = (y - ysq) * (y + ysq);
        return Math.exp(-ysq * ysq * 0.5) * Math.exp(-del * 0.5);
    }
}
