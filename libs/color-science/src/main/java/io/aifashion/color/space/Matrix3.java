package io.aifashion.color.space;

/** A 3×3 matrix of doubles, row-major, immutable. Only what the colour transforms need. */
record Matrix3(double m00, double m01, double m02,
               double m10, double m11, double m12,
               double m20, double m21, double m22) {

    static Matrix3 diagonal(double d0, double d1, double d2) {
        return new Matrix3(d0, 0, 0, 0, d1, 0, 0, 0, d2);
    }

    Matrix3 times(Matrix3 o) {
        return new Matrix3(
                m00 * o.m00 + m01 * o.m10 + m02 * o.m20, m00 * o.m01 + m01 * o.m11 + m02 * o.m21, m00 * o.m02 + m01 * o.m12 + m02 * o.m22,
                m10 * o.m00 + m11 * o.m10 + m12 * o.m20, m10 * o.m01 + m11 * o.m11 + m12 * o.m21, m10 * o.m02 + m11 * o.m12 + m12 * o.m22,
                m20 * o.m00 + m21 * o.m10 + m22 * o.m20, m20 * o.m01 + m21 * o.m11 + m22 * o.m21, m20 * o.m02 + m21 * o.m12 + m22 * o.m22);
    }

    /** Row i scaled by s[i]: diag(s) × this. */
    Matrix3 scaleRows(double s0, double s1, double s2) {
        return new Matrix3(m00 * s0, m01 * s0, m02 * s0, m10 * s1, m11 * s1, m12 * s1, m20 * s2, m21 * s2, m22 * s2);
    }

    Matrix3 inverse() {
        double c00 = m11 * m22 - m12 * m21;
        double c01 = m12 * m20 - m10 * m22;
        double c02 = m10 * m21 - m11 * m20;
        double det = m00 * c00 + m01 * c01 + m02 * c02;
        if (det == 0 || !Double.isFinite(det)) {
            throw new IllegalStateException("singular matrix");
        }
        double inv = 1.0 / det;
        return new Matrix3(
                c00 * inv, (m02 * m21 - m01 * m22) * inv, (m01 * m12 - m02 * m11) * inv,
                c01 * inv, (m00 * m22 - m02 * m20) * inv, (m02 * m10 - m00 * m12) * inv,
                c02 * inv, (m01 * m20 - m00 * m21) * inv, (m00 * m11 - m01 * m10) * inv);
    }

    double row0(double x, double y, double z) {
        return m00 * x + m01 * y + m02 * z;
    }

    double row1(double x, double y, double z) {
        return m10 * x + m11 * y + m12 * z;
    }

    double row2(double x, double y, double z) {
        return m20 * x + m21 * y + m22 * z;
    }

    double[][] toArray() {
        return new double[][] {{m00, m01, m02}, {m10, m11, m12}, {m20, m21, m22}};
    }
}
