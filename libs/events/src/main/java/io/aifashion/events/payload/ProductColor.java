package io.aifashion.events.payload;

/** A product colour: hex, CIELAB and colour family; {@code hex}/{@code lab} are null when the colour is unknown. */
public record ProductColor(String hex, LabColor lab, String family) {
    public ProductColor {
        hex = Checks.hex(hex, "hex");
        family = Checks.required(family, "family");
    }
}
