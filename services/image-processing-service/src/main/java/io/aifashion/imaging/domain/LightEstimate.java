package io.aifashion.imaging.domain;

import java.util.Objects;

/**
 * The estimated colour of the scene light, which the skin colour was corrected from (to D65).
 *
 * @param cct    correlated colour temperature, kelvin
 * @param duv    signed distance from the Planckian locus in CIE 1960 (u, v); positive is greenish
 * @param x      CIE 1931 x chromaticity
 * @param y      CIE 1931 y chromaticity
 * @param method how it was estimated
 */
public record LightEstimate(double cct, double duv, double x, double y, String method) {

    public LightEstimate {
        Objects.requireNonNull(method, "method");
        if (!(x > 0 && y > 0 && x + y < 1)) {
            throw new IllegalArgumentException("invalid chromaticity " + x + ", " + y);
        }
    }
}
