package io.aifashion.color.skin;

/** The four undertone classes used in cosmetics and personal colour analysis. */
public enum UndertoneType {
    /** Golden, yellow-peach: the skin's hue leans from red toward yellow. */
    WARM("warm"),
    /** Pink, rosy, bluish-red: the hue leans toward red. */
    COOL("cool"),
    /** Neither clearly, or too little chroma for the hue to mean anything. */
    NEUTRAL("neutral"),
    /** Greenish-yellow cast: hue beyond yellow with moderate chroma. */
    OLIVE("olive");

    private final String displayName;

    UndertoneType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
