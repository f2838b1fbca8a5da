package org.firegov.inspection.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91500238MA5U7K3L74", "91500238MA60XB2Q37", "91350100M000100Y43"})
    void accepts_codes_whose_check_character_matches(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91500238MA5U7K3L75", "91500238MA5U7K3L7", "91500238MA5U7K3L740", "91500238MA5U7K3LI4",
            "91500238ma5u7k3l74", ""})
    void rejects_wrong_check_characters_lengths_and_letters_outside_the_alphabet(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91500238MA5U7K3L74", "91500238MA60XB2Q37", "91350100M000100Y43"})
    void the_check_character_computed_for_the_first_17_is_the_one_of_a_valid_code(String code) {
        assertThat(UnifiedSocialCreditCode.withCheckCharacter(code.substring(0, 17))).isEqualTo(code);
    }
}
