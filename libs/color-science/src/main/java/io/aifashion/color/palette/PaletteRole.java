package io.aifashion.color.palette;

/** What a colour is for in a {@link Palette}. */
public enum PaletteRole {
    /** Colours to wear, the core of the palette. */
    WEARABLE,
    /** Low-chroma basics (coats, trousers, shoes, bags). */
    NEUTRAL,
    /** The most vivid colours of the palette, for small doses. */
    ACCENT,
    /** Jewellery and hardware metals, best first. */
    METAL,
    /** Colours that fight the person's colouring. */
    AVOID
}
