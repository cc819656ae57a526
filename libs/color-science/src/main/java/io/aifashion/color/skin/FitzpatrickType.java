package io.aifashion.color.skin;

/**
 * Fitzpatrick skin phototypes (Fitzpatrick, "The validity and practicality of sun-reactive skin
 * types I through VI", Arch. Dermatol. 124, 1988). Defined by burning and tanning behaviour, not
 * by colour; the library only ever <em>estimates</em> them from colour (see {@link ItaCategory}).
 */
public enum FitzpatrickType {
    I("always burns, never tans"),
    II("usually burns, tans minimally"),
    III("sometimes burns mildly, tans gradually"),
    IV("burns minimally, always tans well"),
    V("very rarely burns, tans very easily"),
    VI("never burns, deeply pigmented");

    private final String description;

    FitzpatrickType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** 1 for type I … 6 for type VI. */
    public int number() {
        return ordinal() + 1;
    }
}
