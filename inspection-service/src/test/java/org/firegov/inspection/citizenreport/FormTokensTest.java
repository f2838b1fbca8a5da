package org.firegov.inspection.citizenreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;

import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private final FormTokens forms = new FormTokens("secret", Duration.ofSeconds(3), Duration.ofHours(2));

    @Test
    void a_form_may_be_sent_between_the_fill_time_and_its_lifetime_and_names_one_nonce() {
        FormTokens.Form form = forms.issue(NOW);

        assertThat(form.notBefore()).isEqualTo(NOW.plusSeconds(3));
        assertThat(form.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(forms.check(form.formToken(), NOW.plusSeconds(3))).isEqualTo(forms.check(form.formToken(),
                NOW.plus(Duration.ofMinutes(119))));
        assertThat(forms.issue(NOW).formToken()).isNotEqualTo(form.formToken());
        assertThat(codeOf(form.formToken(), NOW.plusSeconds(2))).isEqualTo("too-fast");
        assertThat(codeOf(form.formToken(), NOW.plus(Duration.ofHours(2)))).isEqualTo("form-expired");
    }

    @Test
    void a_token_signed_with_another_key_or_altered_is_invalid() {
        String token = forms.issue(NOW).formToken();
        String otherKey = new FormTokens("other", Duration.ofSeconds(3), Duration.ofHours(2)).issue(NOW).formToken();
        String earlier = (NOW.toEpochMilli() - 60_000) + token.substring(token.indexOf('.'));

        assertThat(codeOf(otherKey, NOW.plusSeconds(10))).isEqualTo("form-invalid");
        assertThat(codeOf(earlier, NOW.plusSeconds(10))).as("a backdated issue time").isEqualTo("form-invalid");
        assertThat(codeOf("", NOW)).isEqualTo("form-invalid");
        assertThat(codeOf("a.b.c.d", NOW)).isEqualTo("form-invalid");
    }

    private String codeOf(String token, Instant at) {
        Throwable refused = catchThrowable(() -> forms.check(token, at));
        assertThat(refused).isInstanceOf(BusinessRuleViolation.class);
        return ((BusinessRuleViolation) refused).code();
    }
}
