package io.aifashion.recommendation.domain.ranking;

import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.space.Srgb;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the colours of a shopper's preferences — {@code #rrggbb} or a name from the colour
 * dictionary, as the auth service accepts them — to CIELAB. A value that is neither (a dictionary
 * entry renamed since) is skipped rather than guessed.
 */
public final class ColourNames {

    private final ColorNameDictionary dictionary;

    public ColourNames(ColorNameDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public Optional<NamedLab> resolve(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.startsWith("#")) {
            try {
                Srgb srgb = Srgb.parseHex(v);
                return Optional.of(new NamedLab(dictionary.nearest(srgb.toLab()).name(), srgb.toLab()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return dictionary.lookup(v).map(c -> new NamedLab(c.name(), c.lab()));
    }

    public List<NamedLab> resolveAll(List<String> values) {
        return values.stream().map(this::resolve).flatMap(Optional::stream).toList();
    }
}
