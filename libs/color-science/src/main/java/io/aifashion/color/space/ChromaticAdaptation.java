package io.aifashion.color.space;

import java.util.Objects;

/**
 * A linear chromatic adaptation transform (CAT) between two white points: what a colour seen under
 * one light would have to be under another to look the same.
 *
 * <p>Method: the von Kries-type transform as given by Lindbloom ("Chromatic Adaptation"):
 * {@code M = Ma⁻¹ · diag(ρd/ρs, γd/γs, βd/βs) · Ma}, where (ρ, γ, β) are the cone-like responses
 * {@code Ma · white}. The default cone matrix is Bradford's (Lam 1985, as used by ICC v4 and
 * Lindbloom), which predicts corresponding colours better than plain XYZ scaling or von Kries; the
 * other two are offered for comparison with older pipelines.
 */
public final class ChromaticAdaptation {

    /** Cone response matrices (Lindbloom, "Chromatic Adaptation"). */
    public enum Method {
        BRADFORD(new Matrix3(0.8951, 0.2664, -0.1614, -0.7502, 1.7135, 0.0367, 0.0389, -0.0685, 1.0296)),
        VON_KRIES(new Matrix3(0.40024, 0.70760, -0.08081, -0.22630, 1.16532, 0.04570, 0.0, 0.0, 0.91822)),
        XYZ_SCALING(Matrix3.diagonal(1, 1, 1));

        private final Matrix3 cone;

        Method(Matrix3 cone) {
            this.cone = cone;
        }
    }

    private final WhitePoint source;
    private final WhitePoint target;
    private final Matrix3 matrix;

    private ChromaticAdaptation(WhitePoint source, WhitePoint target, Method method) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        Matrix3 ma = method.cone;
        double rs = ma.row0(source.x(), source.y(), source.z());
        double gs = ma.row1(source.x(), source.y(), source.z());
        double bs = ma.row2(source.x(), source.y(), source.z());
        double rd = ma.row0(target.x(), target.y(), target.z());
        double gd = ma.row1(target.x(), target.y(), target.z());
        double bd = ma.row2(target.x(), target.y(), target.z());
        this.matrix = ma.inverse().times(Matrix3.diagonal(rd / rs, gd / gs, bd / bs)).times(ma);
    }

    /** The Bradford transform from {@code source} white to {@code target} white. */
    public static ChromaticAdaptation bradford(WhitePoint source, WhitePoint target) {
        return new ChromaticAdaptation(source, target, Method.BRADFORD);
    }

    public static ChromaticAdaptation of(WhitePoint source, WhitePoint target, Method method) {
        return new ChromaticAdaptation(source, target, Objects.requireNonNull(method, "method"));
    }

    public Xyz apply(Xyz xyz) {
        double x = xyz.x();
        double y = xyz.y();
        double z = xyz.z();
        return new Xyz(matrix.row0(x, y, z), matrix.row1(x, y, z), matrix.row2(x, y, z));
    }

    /**
     * Adapts a Lab colour expressed relative to the {@code source} white (e.g. a photo lit by
     * tungsten, Lab computed against that light's white) to Lab relative to the {@code target} white;
     * with target {@link WhitePoint#D65} the result is what the rest of the library expects.
     */
    public Lab apply(Lab labRelativeToSource) {
        return apply(labRelativeToSource.toXyz(source)).toLab(target);
    }

    public WhitePoint source() {
        return source;
    }

    public WhitePoint target() {
        return target;
    }

    /** A copy of the 3×3 matrix, row-major, for inspection and comparison with published values. */
    public double[][] matrix() {
        return matrix.toArray();
    }
}
