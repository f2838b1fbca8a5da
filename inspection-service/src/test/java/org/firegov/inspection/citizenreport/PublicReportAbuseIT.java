package org.firegov.inspection.citizenreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firegov.inspection.citizenreport.PublicReportForm.PATH;
import static org.firegov.inspection.citizenreport.PublicReportForm.atAddress;
import static org.firegov.inspection.citizenreport.PublicReportForm.atUnit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every way the public report form refuses a sender, each as a problem with a code; nothing is stored. */
@FireGovServiceTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublicReportAbuseIT {

    @LocalServerPort
    int port;

    @Test
    void a_form_sent_at_once_is_too_fast_and_says_so() {
        PublicReportForm bot = new PublicReportForm(port);
        Reply instant = bot.post(atAddress(bot.formToken(), "xiabao", "下堡镇", "这里有火灾隐患请来查看"));

        assertThat(instant.status()).isEqualTo(422);
        assertThat(instant.code()).isEqualTo("too-fast");
        assertThat(instant.body().get("detail").asText()).contains("too soon");
    }

    @Test
    void an_old_a_forged_or_a_missing_form_token_is_refused() {
        PublicReportForm citizen = new PublicReportForm(port);
        FormTokens sameKey = new FormTokens("test-form-secret", Duration.ofSeconds(1), Duration.ofHours(2));
        String old = sameKey.issue(Instant.now().minus(Duration.ofHours(3))).formToken();
        FormTokens otherKey = new FormTokens("someone-else", Duration.ofSeconds(1), Duration.ofHours(2));
        String forged = otherKey.issue(Instant.now().minus(Duration.ofMinutes(5))).formToken();

        Reply expired = citizen.post(atAddress(old, null, "下堡镇老街", "楼道堆满了纸箱和杂物"));
        Reply foreign = citizen.post(atAddress(forged, null, "下堡镇老街", "楼道堆满了纸箱和杂物"));
        Reply garbled = citizen.post(atAddress("abc", null, "下堡镇老街", "楼道堆满了纸箱和杂物"));
        Reply missing = citizen.post(Map.of("address", "下堡镇老街", "description", "楼道堆满了纸箱和杂物"));

        assertThat(expired.code()).isEqualTo("form-expired");
        assertThat(foreign.code()).isEqualTo("form-invalid");
        assertThat(garbled.code()).isEqualTo("form-invalid");
        assertThat(List.of(expired.status(), foreign.status(), garbled.status())).containsOnly(422);
        assertThat(missing.errorFields()).contains("formToken");
    }

    @Test
    void a_filled_honeypot_is_an_automated_submission() throws Exception {
        PublicReportForm bot = new PublicReportForm(port);
        Map<String, Object> report = atAddress(bot.filledFormToken(), null, "下堡镇老街", "楼道堆满了纸箱和杂物");
        report.put("homepage", "http://spam.example");

        Reply refused = bot.post(report);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("automated-submission");
    }

    @Test
    void one_form_files_one_report_and_a_second_text_on_it_is_refused() throws Exception {
        PublicReportForm citizen = new PublicReportForm(port);
        String token = citizen.filledFormToken();
        Reply first = citizen.post(atAddress(token, null, "白鹿镇中心街", "网吧安全出口堵塞"));
        Reply retry = citizen.post(atAddress(token, null, "白鹿镇中心街", "网吧安全出口堵塞"));
        Reply other = citizen.post(atAddress(token, null, "白鹿镇中心街", "网吧没有灭火器"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("trackingCode")).isEqualTo(first.body().get("trackingCode"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("form-already-used");
    }

    @Test
    void the_place_must_be_a_registered_open_unit_or_an_address_and_the_text_within_limits() throws Exception {
        PublicReportForm citizen = new PublicReportForm(port);
        String token = citizen.filledFormToken();
        Map<String, Object> both = atUnit(token, InspectionApi.newCreditCode(), "仓库里堆放汽油");
        both.put("address", "红池坝镇");

        assertThat(citizen.post(both).errorFields()).contains("unitId");
        assertThat(citizen.post(Map.of("formToken", token, "description", "仓库里堆放汽油")).errorFields())
                .contains("unitId");
        assertThat(citizen.post(atUnit(token, "not-a-code", "短")).errorFields()).contains("unitId", "description");
        assertThat(citizen.post(atAddress(token, "X", "a", "x".repeat(1001))).errorFields())
                .contains("town", "description");
        assertThat(citizen.post(atAddress(token, null, "红池坝镇", "  汽油    ")).errorFields()).contains("description");
        Reply unknown = citizen.post(atUnit(token, InspectionApi.newCreditCode(), "仓库里堆放汽油"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("unknown-unit");
        assertThat(citizen.post(atAddress(token, null, "红池坝镇", "仓库里堆放汽油")).status())
                .as("the refused report left the form unused").isEqualTo(201);
    }

    @Test
    void too_many_requests_from_one_address_get_429_with_retry_after_and_large_bodies_413() {
        PublicReportForm flood = new PublicReportForm(port);
        Reply last = null;
        for (int i = 0; i < 21; i++) {
            last = flood.get(PATH + "/form");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.code()).isEqualTo("too-many-requests");
        assertThat(Long.parseLong(last.headers().getFirst("Retry-After"))).isBetween(1L, 60L);
        assertThat(new PublicReportForm(port).get(PATH + "/form").status()).as("another address").isEqualTo(200);

        PublicReportForm large = new PublicReportForm(port);
        Reply tooLarge = large.post(atAddress("t", null, "x".repeat(9_000), "x"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("payload-too-large");
    }
}
