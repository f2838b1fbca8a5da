package org.firegov.inspection.citizenreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReportKeysTest {

    @Test
    void the_same_words_at_the_same_place_are_one_report_whatever_the_spacing_width_or_case() {
        String key = ReportKeys.duplicateKeyOf(null, "dahe", "老街 12号", "Exit locked，电动车充电");

        assertThat(ReportKeys.duplicateKeyOf(null, "dahe", "老街１２号", " exit  LOCKED，电动车充电 ")).isEqualTo(key);
        assertThat(ReportKeys.duplicateKeyOf(null, "yulin", "老街 12号", "Exit locked，电动车充电")).isNotEqualTo(key);
        assertThat(ReportKeys.duplicateKeyOf(null, "dahe", "老街 12号", "Exit open")).isNotEqualTo(key);
        assertThat(ReportKeys.duplicateKeyOf("91500238MA5U7K3L74", null, null, "Exit locked，电动车充电"))
                .isNotEqualTo(key);
    }

    @Test
    void tracking_codes_are_random_readable_and_found_however_they_are_typed() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(ReportKeys.newTrackingCode());
        }
        assertThat(codes).hasSize(1000).allMatch(code -> code.matches("[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){2}"));
        assertThat(ReportKeys.normalisedTrackingCode(" abcd efgh-jkmn ")).isEqualTo("ABCD-EFGH-JKMN");
        assertThat(ReportKeys.normalisedTrackingCode("ABCD-EFGH")).isNull();
    }

    @Test
    void one_form_files_one_report() {
        assertThat(ReportKeys.reportIdOf("nonce-1")).isEqualTo(ReportKeys.reportIdOf("nonce-1"))
                .isNotEqualTo(ReportKeys.reportIdOf("nonce-2"));
    }
}
