package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** The awareness survey without sign-in: a one-time token in the form, the answers, the score; a used token. */
class PublicSurveyPagesTest extends PortalTest {

    @Test
    void the_survey_page_carries_a_one_time_token_and_labelled_answers_and_shows_the_score() throws Exception {
        services.json("/api/training/public/surveys/s-1", "{\"surveyId\":\"s-1\",\"title\":\"2026年消防安全知识问卷\","
                + "\"questions\":[{\"questionId\":\"q1\",\"text\":\"火警电话是多少？\",\"options\":["
                + "{\"optionId\":\"a\",\"text\":\"119\"},{\"optionId\":\"b\",\"text\":\"110\"}]}]}");
        services.json("/api/training/public/surveys/s-1/tokens", "{\"token\":\"tok-123\",\"expiresAt\":\"2026-11-29T12:00:00Z\"}");

        HttpResponse<String> page = get("/public/surveys/s-1", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2026年消防安全知识问卷", "火警电话是多少？", "name=\"token\" value=\"tok-123\"",
                "name=\"answer.q1\"", "<legend>", "<label for=\"survey-town\">");
        assertThat(services.authorizationOf("/api/training/public/surveys/s-1/tokens")).isEqualTo("none");

        services.json("/api/training/public/surveys/s-1/responses", "{\"score\":100,\"passed\":true}");
        HttpResponse<String> scored = postAnonymously("/public/surveys/s-1", "token=tok-123&town=xiabao&answer.q1=a");
        assertThat(scored.statusCode()).isEqualTo(200);
        assertThat(scored.body()).contains("您的得分：100 分。", "已达到知晓标准").doesNotContain("<html");

        services.problem("/api/training/public/surveys/s-1/responses", 409,
                "{\"title\":\"Conflict\",\"status\":409,\"code\":\"token-used\"}");
        HttpResponse<String> again = postAnonymously("/public/surveys/s-1", "token=tok-123&town=xiabao&answer.q1=a");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("这份问卷已经提交过了");
    }

    @Test
    void a_closed_or_unknown_survey_is_not_found() throws Exception {
        HttpResponse<String> page = get("/public/surveys/closed", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到");
    }

    private HttpResponse<String> postAnonymously(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
