package io.aifashion.color.difference;

import io.aifashion.color.space.Lab;

/** A colour-difference formula: how different two CIELAB colours look, in ΔE units. */
@FunctionalInterface
public interface ColorDifference {

    /**
     * The difference between a reference (standard) and a sample colour. Symmetric formulas
     * ({@link Cie76}, {@link Ciede2000}) ignore the order; ΔE94 weights by the reference's chroma.
     */
    double between(Lab reference, Lab sample);
}
