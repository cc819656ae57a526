package io.aifashion.color.palette;

import io.aifashion.color.space.Srgb;

/** Jewellery metals with representative colours (the same values as the named-colour dictionary). */
public enum Metal {
    GOLD("Gold", Srgb.parseHex("#d4af37")),
    SILVER("Silver", Srgb.parseHex("#c0c0c0")),
    ROSE_GOLD("Rose Gold", Srgb.parseHex("#b76e79")),
    COPPER("Copper", Srgb.parseHex("#b87333")),
    BRONZE("Bronze", Srgb.parseHex("#cd7f32")),
    PLATINUM("Platinum", Srgb.parseHex("#e5e4e2"));

    private final String displayName;
    private final Srgb colour;

    Metal(String displayName, Srgb colour) {
        this.displayName = displayName;
        this.colour = colour;
    }

    public String displayName() {
        return displayName;
    }

    public Srgb colour() {
        return colour;
    }
}
