package io.aifashion.catalog.domain.importing;

/** A colour as a feed gives it: a name, a {@code #rrggbb} value, or both. */
public record RawColour(String name, String hex) {

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && (hex == null || hex.isBlank());
    }
}
