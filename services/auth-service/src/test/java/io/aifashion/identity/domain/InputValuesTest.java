package io.aifashion.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifashion.color.naming.ColorNameDictionary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-lists every user-supplied value passes through. */
class InputValuesTest {

    static void refused(Runnable parse, String field) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void emailAddressesAreCanonicalised() {
        assertThat(EmailAddress.parse("  Ada.Lovelace+shop@Example.CO.uk ").value())
                .isEqualTo("ada.lovelace+shop@example.co.uk");
        assertThat(EmailAddress.parse("a@b.io").localPart()).isEqualTo("a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "@example.com", "a@b", "a@@b.com", "a..b@example.com", ".a@example.com",
            "a@-example.com", "a@example.c0m", "' OR '1'='1'@example.com", "admin'--@example.com", "a b@example.com",
            "a@exa mple.com", "\"quoted\"@example.com"})
    void malformedOrHostileAddressesAreRefused(String raw) {
        refused(() -> EmailAddress.parse(raw), "email");
    }

    @Test
    void emailLengthsFollowRfc5321() {
        refused(() -> EmailAddress.parse("a".repeat(65) + "@example.com"), "email");
        refused(() -> EmailAddress.parse("a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "."
                + "e".repeat(60) + ".com"), "email");
        assertThat(EmailAddress.parse("a".repeat(64) + "@example.com").value()).hasSize(76);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anne-Marie O'Neil Jr.", "Zoë Saldaña", "李小龍", "Nguyễn Thị Minh Khai", "J. R. R. Tolkien",
            "Øystein", "R2"})
    void realNamesAreAccepted(String name) {
        assertThat(DisplayName.parse(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin'--", "x' OR '1'='1", "<script>", "Robert'); DROP TABLE", "a;b", "'quoted'",
            "tab\there", "new\nline", "-dash", "..."})
    void injectionShapedNamesAreRefused(String name) {
        refused(() -> DisplayName.parse(name), "displayName");
    }

    @Test
    void displayNamesAreNormalisedAndBounded() {
        assertThat(DisplayName.parse("  Ada   Lovelace ").value()).isEqualTo("Ada Lovelace");
        assertThat(DisplayName.parse("Zoe\u0308").value()).isEqualTo("Zoë");
        assertThat(DisplayName.parse("N".repeat(60)).value()).hasSize(60);
        refused(() -> DisplayName.parse("N".repeat(61)), "displayName");
    }

    @Test
    void sizesBelongToKnownSystems() {
        assertThat(ClothingSize.parse("eu:38", "s").wire()).isEqualTo("EU:38");
        assertThat(ClothingSize.parse("int:xl", "s").wire()).isEqualTo("INT:XL");
        assertThat(ClothingSize.parse("US-SHOE:8.5", "s").wire()).isEqualTo("US-SHOE:8.5");
        assertThat(ClothingSize.parse("UK-SHOE:7.0", "s").wire()).isEqualTo("UK-SHOE:7");
        for (String bad : List.of("EU:37", "EU:38.5", "UK:3", "INT:XXXXL", "MARS:4", "38", "EU:", "US-SHOE:8.25")) {
            refused(() -> ClothingSize.parse(bad, "s"), "s");
        }
    }

    @Test
    void coloursAreHexOrKnownNames() {
        ColorNameDictionary names = ColorNameDictionary.standard();
        assertThat(Colour.parse("#A1B2C3", "c", names).value()).isEqualTo("#a1b2c3");
        assertThat(Colour.parse("navy blue", "c", names).value()).isEqualTo("Navy Blue");
        assertThat(Colour.parse("BURGUNDY", "c", names).value()).isEqualTo("Burgundy");
        for (String bad : List.of("#abc", "#12345g", "rgb(1,2,3)", "multi", "'; DROP", "blurple", "x".repeat(41))) {
            refused(() -> Colour.parse(bad, "c", names), "c");
        }
    }

    @Test
    void budgetsAreSaneRangesInIsoCurrencies() {
        Budget b = new Budget(new BigDecimal("20.00"), new BigDecimal("150"), "GBP");
        assertThat(b.min()).isEqualByComparingTo("20");
        assertThat(new Budget(null, new BigDecimal("99.99"), "USD").max()).isEqualByComparingTo("99.99");
        refused(() -> new Budget(new BigDecimal("200"), new BigDecimal("100"), "EUR"), "preferences.budget.min");
        refused(() -> new Budget(new BigDecimal("-1"), null, "EUR"), "preferences.budget.min");
        refused(() -> new Budget(null, new BigDecimal("1000000.01"), "EUR"), "preferences.budget.max");
        refused(() -> new Budget(null, new BigDecimal("1.001"), "EUR"), "preferences.budget.max");
        refused(() -> new Budget(null, BigDecimal.TEN, "eur"), "preferences.budget.currency");
        refused(() -> new Budget(null, BigDecimal.TEN, "ABC"), "preferences.budget.currency");
        refused(() -> new Budget(null, null, "EUR"), "preferences.budget");
    }

    @Test
    void styleTagsArePlainLowerCaseWords() {
        assertThat(StyleTag.parse("  Smart   Casual ", "t").value()).isEqualTo("smart casual");
        assertThat(StyleTag.parse("y2k", "t").value()).isEqualTo("y2k");
        for (String bad : List.of("a_b", "' or 1=1", "x".repeat(31), "-edgy", "#tag")) {
            refused(() -> StyleTag.parse(bad, "t"), "t");
        }
    }

    @Test
    void preferencesDropDuplicatesAndRefuseContradictions() {
        ColorNameDictionary names = ColorNameDictionary.standard();
        Colour navy = Colour.parse("navy", "c", names);
        Preferences p = new Preferences(Gender.FEMALE, List.of(ClothingSize.parse("EU:38", "s"),
                ClothingSize.parse("eu:38", "s")), null, List.of(navy, navy), List.of(), List.of());
        assertThat(p.sizes()).hasSize(1);
        assertThat(p.favouriteColors()).containsExactly(navy);
        refused(() -> new Preferences(null, List.of(), null, List.of(navy), List.of(navy), List.of()),
                "preferences.dislikedColors");
        refused(() -> Gender.parse("robot", "preferences.gender"), "preferences.gender");
    }

    @Test
    void secretTokensAreLongRandomAndOnlyTheirHashIsKept() {
        var random = new java.security.SecureRandom();
        SecretToken a = SecretToken.generate(random);
        SecretToken b = SecretToken.generate(random);
        assertThat(a.value()).hasSize(43).isNotEqualTo(b.value());
        assertThat(a.hash().hex()).hasSize(64).isNotEqualTo(b.hash().hex()).doesNotContain(a.value());
        assertThat(a.toString()).doesNotContain(a.value());
        refused(() -> SecretToken.parse("' OR '1'='1", "token"), "token");
        refused(() -> SecretToken.parse("x".repeat(44), "token"), "token");
    }
}
