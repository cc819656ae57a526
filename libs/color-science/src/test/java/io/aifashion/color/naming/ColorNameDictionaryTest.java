package io.aifashion.color.naming;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Srgb;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColorNameDictionaryTest {

    private static final ColorNameDictionary NAMES = ColorNameDictionary.standard();

    /** The colour vocabulary of retail catalogues (Myntra fashion data set baseColour values, less "Multi"). */
    private static final List<String> CATALOGUE = List.of("Navy Blue", "Blue", "Silver", "Black", "Grey", "Green", "Purple",
            "White", "Beige", "Brown", "Bronze", "Teal", "Copper", "Pink", "Off White", "Maroon", "Red", "Khaki", "Orange",
            "Coffee Brown", "Yellow", "Charcoal", "Gold", "Steel", "Tan", "Magenta", "Lavender", "Sea Green", "Cream",
            "Peach", "Olive", "Skin", "Burgundy", "Grey Melange", "Rust", "Rose", "Lime Green", "Mauve", "Turquoise Blue",
            "Metallic", "Mustard", "Taupe", "Nude", "Mushroom Brown", "Fluorescent Green");

    @Test
    void shipsAFewHundredUniquelyNamedColoursIncludingTheCatalogueVocabulary() {
        assertThat(NAMES.size()).isBetween(300, 600);
        Set<String> keys = new HashSet<>();
        for (NamedColor c : NAMES.colours()) {
            assertThat(keys.add(c.name().toLowerCase())).as(c.name()).isTrue();
        }
        for (String name : CATALOGUE) {
            assertThat(NAMES.lookup(name)).as(name).isPresent();
            assertThat(NAMES.lookup(name).orElseThrow().source()).isEqualTo("catalogue");
        }
        assertThat(CATALOGUE).hasSize(45);
    }

    @Test
    void lookupIgnoresCaseSpacingHyphensAndGraySpelling() {
        NamedColor navy = NAMES.lookup("Navy Blue").orElseThrow();
        assertThat(NAMES.lookup("navy blue")).contains(navy);
        assertThat(NAMES.lookup("NAVY-BLUE")).contains(navy);
        assertThat(NAMES.lookup(" navy_blue ")).contains(navy);
        assertThat(NAMES.lookup("Dark Gray")).contains(NAMES.lookup("Dark Grey").orElseThrow());
        assertThat(NAMES.lookup("Off-White").orElseThrow().name()).isEqualTo("Off White");
        assertThat(NAMES.lookup("Unobtainium")).isEmpty();
        assertThat(NAMES.lookup(null)).isEmpty();
    }

    @Test
    void catalogueMeaningsWinOverCssPrimaries() {
        assertThat(NAMES.lookup("Khaki").orElseThrow().hex()).isEqualTo("#c3b091");
        assertThat(NAMES.lookup("Blue").orElseThrow().hex()).isNotEqualTo("#0000ff");
        assertThat(NAMES.lookup("Alice Blue").orElseThrow().hex()).isEqualTo("#f0f8ff"); // plain CSS entry
    }

    @Test
    void multiIsNotAColour() {
        assertThat(NAMES.lookup("Multi")).isEmpty();
        assertThat(ColorNameDictionary.denotesMultipleColours("Multi")).isTrue();
        assertThat(ColorNameDictionary.denotesMultipleColours("multi-coloured")).isTrue();
        assertThat(ColorNameDictionary.denotesMultipleColours("Navy Blue")).isFalse();
    }

    @Test
    void nearestNameOfAnEntryIsItself() {
        for (NamedColor c : NAMES.colours()) {
            NamedColor nearest = NAMES.nearest(c.lab());
            assertThat(nearest.hex()).as(c.name()).isEqualTo(c.hex()); // Aqua and Cyan share a value
        }
        assertThat(NAMES.nearest(Srgb.parseHex("#1e2943").toLab()).name()).isEqualTo("Navy Blue");
        List<NamedColor> three = NAMES.nearest(Srgb.parseHex("#800020").toLab(), 3);
        assertThat(three).hasSize(3);
        assertThat(three.getFirst().name()).isEqualTo("Burgundy");
    }

    @Test
    void customDictionariesAreValidated() {
        assertThatThrownBy(() -> ColorNameDictionary.fromCsv(new StringReader("A,#fff\na,#000\n")))
                .isInstanceOf(InvalidColorException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> ColorNameDictionary.fromCsv(new StringReader("A,#ggg\n")))
                .isInstanceOf(InvalidColorException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> ColorNameDictionary.fromCsv(new StringReader("# nothing\n")))
                .isInstanceOf(InvalidColorException.class);
    }
}
