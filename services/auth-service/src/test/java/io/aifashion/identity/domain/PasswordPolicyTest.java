package io.aifashion.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    final PasswordPolicy policy = PasswordPolicy.standard();
    final EmailAddress email = EmailAddress.parse("ecrivaine.paris@example.com");
    final DisplayName name = DisplayName.parse("Marguerite Duras");

    String refusal(String password) {
        return policy.reasonToRefuse(Password.of(password, "password"), email, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Velvet-Compass-Orchard-71", "correct horse battery staple", "ünïcödé pässwörd",
            "x'); DROP TABLE account; --", "Жёлтый ключ у моря"})
    void acceptsLongUnpredictablePasswordsOfAnyCharacters(String password) {
        assertThat(refusal(password)).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            short1!                   | at least 12
            Password1234!             | breached
            12345qwerty!!             | breached
            !!Welcome2024!!           | breached
            abcdefghijklmnop          | sequence
            123456789012              | sequence
            qwertyuiopasd             | sequence
            0987654321098             | sequence
            abcdefabcdef              | repeats
            aaaaaaaabbbbbbbb          | too few
            xxecrivaine.paris99       | e-mail
            My name is MargueriteDuras | name
            """)
    void refusesWhatAttackersTryFirst(String password, String reason) {
        assertThat(refusal(password)).isNotNull().contains(reason.equals("breached") ? "breached" : reason);
    }

    @org.junit.jupiter.api.Test
    void boundsTheLengthAndNamesTheField() {
        assertThat(refusal("a1b2c3d4e5f6".repeat(11))).contains("at most 128");
        assertThatThrownBy(() -> policy.check(Password.of("short", "newPassword"), email, name, "newPassword"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThat(Password.of("secret-password-value", "password").toString()).doesNotContain("secret");
    }
}
