package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.Tokens;

/** Reads the committee's scores over HTTP for the tests: one party's drill-down and one indicator of it. */
record ScoreReader(ApiClient api) {

    static final int YEAR = LocalDate.now(ZoneOffset.ofHours(8)).getYear();

    JsonNode town(String code) {
        return party("TOWN", code);
    }

    JsonNode department(String code) {
        return party("DEPARTMENT", code);
    }

    JsonNode party(String kind, String code) {
        Reply reply = api.get("/api/accountability/scores/" + kind + "/" + code + "?year=" + YEAR, Tokens.committee());
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply.body();
    }

    static JsonNode indicator(JsonNode score, String code) {
        for (JsonNode indicator : score.get("indicators")) {
            if (code.equals(indicator.get("code").asText())) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    static List<String> objects(JsonNode indicator) {
        List<String> ids = new ArrayList<>();
        indicator.get("evidence").get("objects").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
