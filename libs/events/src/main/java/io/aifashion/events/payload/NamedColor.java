package io.aifashion.events.payload;

/** A colour with its display name, e.g. {@code #556b2f "Dark Olive Green"}. */
public record NamedColor(String hex, String name) {
    public NamedColor {
        hex = Checks.hex(Checks.required(hex, "hex"), "hex");
        name = Checks.required(name, "name");
    }
}
