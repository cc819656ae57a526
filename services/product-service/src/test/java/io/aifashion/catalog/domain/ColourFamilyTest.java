package io.aifashion.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.naming.NamedColor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feed's colour names land in the family a shopper would filter by. */
class ColourFamilyTest {

    @ParameterizedTest
    @CsvSource({
            "Black, black", "White, white", "Off White, white", "Grey, grey", "Charcoal, grey", "Silver, grey",
            "Navy Blue, blue", "Blue, blue", "Teal, teal", "Turquoise Blue, teal", "Green, green", "Olive, green",
            "Sea Green, green", "Lime Green, green", "Red, red", "Maroon, red", "Burgundy, red", "Pink, pink",
            "Rose, pink", "Magenta, pink", "Purple, purple", "Lavender, purple", "Orange, orange", "Peach, orange",
            "Yellow, yellow", "Mustard, yellow", "Gold, yellow", "Beige, beige", "Cream, beige", "Khaki, beige",
            "Skin, beige", "Nude, beige", "Brown, brown", "Coffee Brown, brown", "Taupe, brown", "Rust, brown",
            "Mushroom Brown, brown"})
    void catalogueColourNamesMapToTheirFamily(String name, String family) {
        NamedColor colour = ColorNameDictionary.standard().lookup(name).orElseThrow();
        assertThat(ProductColour.of(name, colour.hex()).family().code()).isEqualTo(family);
    }

    @ParameterizedTest
    @CsvSource({"#0000ff, blue", "#ff0000, red", "#00ff00, green", "#ffff00, yellow", "#ff00ff, pink",
            "#8000ff, purple", "#000000, black", "#ffffff, white", "#7f7f7f, grey"})
    void displayPrimariesMapToTheirFamily(String hex, String family) {
        assertThat(ProductColour.of(null, hex).family().code()).isEqualTo(family);
    }
}
