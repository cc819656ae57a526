package io.aifashion.color.skin;

/**
 * Skin colour categories by Individual Typology Angle: Chardon, Cretois and Hourseau, "Skin colour
 * typology and suntanning pathways", Int. J. Cosmetic Science 13, 1991 (first four classes), extended
 * with "brown" and "dark" by Del Bino et al., "Relationship between skin response to ultraviolet
 * exposure and skin color type", Pigment Cell Research 19, 2006.
 *
 * <p>Boundaries, in degrees: very light &gt; 55 ≥ light &gt; 41 ≥ intermediate &gt; 28 ≥ tan &gt; 10 ≥
 * brown &gt; −30 ≥ dark. A value exactly on a boundary belongs to the darker class (the papers write
 * the classes as "ITA° &gt; x").
 */
public enum ItaCategory {
    VERY_LIGHT("very light", 55.0, FitzpatrickType.I),
    LIGHT("light", 41.0, FitzpatrickType.II),
    INTERMEDIATE("intermediate", 28.0, FitzpatrickType.III),
    TAN("tan", 10.0, FitzpatrickType.IV),
    BROWN("brown", -30.0, FitzpatrickType.V),
    DARK("dark", Double.NEGATIVE_INFINITY, FitzpatrickType.VI);

    private final String displayName;
    private final double exclusiveLowerBound;
    private final FitzpatrickType fitzpatrick;

    ItaCategory(String displayName, double exclusiveLowerBound, FitzpatrickType fitzpatrick) {
        this.displayName = displayName;
        this.exclusiveLowerBound = exclusiveLowerBound;
        this.fitzpatrick = fitzpatrick;
    }

    /** The category of an ITA° value. */
    public static ItaCategory of(double itaDegrees) {
        for (ItaCategory category : values()) {
            if (itaDegrees > category.exclusiveLowerBound) {
                return category;
            }
        }
        return DARK;
    }

    public String displayName() {
        return displayName;
    }

    /** Lower bound of the class in degrees (exclusive); −∞ for {@link #DARK}. */
    public double lowerBound() {
        return exclusiveLowerBound;
    }

    /**
     * The Fitzpatrick phototype that this ITA class usually corresponds to. The one-to-one mapping
     * (very light → I … dark → VI) is the correspondence commonly used alongside Del Bino's classes;
     * Fitzpatrick typing is by definition a self-reported sun reaction, so this is only an estimate.
     */
    public FitzpatrickType fitzpatrickEstimate() {
        return fitzpatrick;
    }
}
