package org.firegov.training.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.firegov.training.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;

/** Photos of a held campaign: uploaded by its organiser, listed on the campaign, downloaded within its scope. */
@FireGovServiceTest
class CampaignPhotoIT {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n%活动总结\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper json;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** A campaign planned by Xiabao, visible to the brigade. */
    private String plan() {
        Reply created = api.post("/api/training/campaigns", Tokens.town("xiabao"), Map.of("kind", "COMMUNITY",
                "title", "消防进社区", "town", "xiabao", "audience", "社区居民",
                "plannedDate", County.today().minusDays(3).toString(), "place", "文化广场"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        String id = created.body().get("campaignId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/training/campaigns/" + id,
                Tokens.brigade()).status() == 200);
        return id;
    }

    private String held() {
        String id = plan();
        assertThat(api.post("/api/training/campaigns/" + id + "/hold", Tokens.town("xiabao"),
                Map.of("heldDate", County.today().minusDays(1).toString(), "peopleReached", 120)).status())
                .isEqualTo(204);
        return id;
    }

    /** POST multipart/form-data with the files (name → content) to {@code /photos}. */
    private Reply upload(String campaignId, String token, Map<String, byte[]> files) {
        return multipart(campaignId + "/photos", token, Map.of(), files);
    }

    private Reply multipart(String path, String token, Map<String, String> fields, Map<String, byte[]> files) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        fields.forEach(body::part);
        files.forEach((name, content) -> body.part("files", new ByteArrayResource(content)).filename(name));
        return RestClient.create("http://127.0.0.1:" + port).post()
                .uri("/api/training/campaigns/" + path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body.build())
                .exchange((request, response) -> {
                    byte[] bytes = response.getBody().readAllBytes();
                    return new Reply(response.getStatusCode().value(), bytes.length == 0 ? null : json.readTree(bytes),
                            response.getHeaders());
                });
    }

    private record Download(int status, String contentType, byte[] body) {
    }

    private Download download(String campaignId, String attachmentId, String token) {
        return RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/training/campaigns/" + campaignId + "/photos/" + attachmentId)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .exchange((request, response) -> new Download(response.getStatusCode().value(),
                        response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), response.getBody().readAllBytes()));
    }

    private long storedFiles() {
        return mongo.getCollection("fs.files").countDocuments();
    }

    @Test
    void the_organiser_uploads_photos_of_a_held_campaign_which_are_listed_and_downloaded_in_scope() throws Exception {
        String id = held();
        Reply uploaded = upload(id, Tokens.town("xiabao"), Map.of("现场.jpg", JPEG));
        assertThat(uploaded.status()).as(String.valueOf(uploaded.body())).isEqualTo(201);
        assertThat(upload(id, Tokens.brigade(), Map.of("合影.png", PNG)).status()).isEqualTo(201);

        JsonNode campaign = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/training/campaigns/"
                + id, Tokens.town("xiabao")).body(), view -> view.path("photos").size() == 2);
        JsonNode jpeg = campaign.get("photos").get(0);
        assertThat(jpeg.get("filename").asText()).isEqualTo("现场.jpg");
        assertThat(jpeg.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(jpeg.get("size").asLong()).isEqualTo(JPEG.length);
        assertThat(jpeg.get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JPEG)));
        assertThat(campaign.get("photos").get(1).get("contentType").asText()).isEqualTo("image/png");
        String photoId = jpeg.get("attachmentId").asText();

        Download mine = download(id, photoId, Tokens.town("xiabao"));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).isEqualTo("image/jpeg");
        assertThat(mine.body()).isEqualTo(JPEG);
        assertThat(download(id, photoId, Tokens.committee()).status()).isEqualTo(200);
        // outside the campaign's scope, or asked through another campaign: 404; the public sees no photos
        assertThat(download(id, photoId, Tokens.town("tongcheng")).status()).isEqualTo(404);
        assertThat(download(id, photoId, Tokens.department("education")).status()).isEqualTo(404);
        assertThat(download(held(), photoId, Tokens.brigade()).status()).isEqualTo(404);
        assertThat(download(id, "0123456789abcdef01234567", Tokens.brigade()).status()).isEqualTo(404);
        assertThat(download(id, photoId, null).status()).isEqualTo(401);
        Reply calendar = api.get("/api/training/public/campaign-calendar?from="
                + County.today().minusDays(5) + "&to=" + County.today(), null);
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body().toString()).contains("消防进社区").doesNotContain(photoId);
    }

    @Test
    void the_organiser_records_a_campaign_held_with_its_photos_in_one_request() {
        String id = plan();
        Reply typo = multipart(id + "/hold", Tokens.town("xiabao"), Map.of("heldDate", "yesterday",
                "peopleReached", "5"), Map.of("现场.jpg", JPEG));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.errorFields()).containsExactly("heldDate");
        Reply negative = multipart(id + "/hold", Tokens.town("xiabao"), Map.of("heldDate",
                County.today().toString(), "peopleReached", "-5"), Map.of("现场.jpg", JPEG));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("peopleReached");

        long before = storedFiles();
        Reply future = multipart(id + "/hold", Tokens.town("xiabao"), Map.of("heldDate",
                County.today().plusDays(1).toString(), "peopleReached", "80"), Map.of("现场.jpg", JPEG));
        assertThat(future.status()).isEqualTo(422);
        assertThat(storedFiles()).isEqualTo(before);

        Reply held = multipart(id + "/hold", Tokens.town("xiabao"), Map.of("heldDate",
                County.today().toString(), "peopleReached", "80", "note", "发放宣传册"), Map.of("现场.jpg", JPEG));
        assertThat(held.status()).as(String.valueOf(held.body())).isEqualTo(204);
        JsonNode campaign = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/training/campaigns/"
                + id, Tokens.brigade()).body(), view -> view.path("photos").size() == 1);
        assertThat(campaign.get("status").asText()).isEqualTo("HELD");
        assertThat(campaign.get("peopleReached").asInt()).isEqualTo(80);
        assertThat(download(id, campaign.get("photos").get(0).get("attachmentId").asText(), Tokens.brigade())
                .body()).isEqualTo(JPEG);
    }

    @Test
    void only_photos_are_taken_and_a_refused_upload_keeps_no_file() {
        String id = held();
        long before = storedFiles();

        Reply pdf = upload(id, Tokens.town("xiabao"), Map.of("a.jpg", JPEG, "总结.pdf", PDF));
        assertThat(pdf.status()).isEqualTo(415);
        assertThat(pdf.contentType()).startsWith("application/problem+json");
        Reply script = upload(id, Tokens.town("xiabao"), Map.of("photo.jpg", "#!/bin/sh".getBytes()));
        assertThat(script.status()).isEqualTo(415);
        assertThat(upload(id, Tokens.town("xiabao"), Map.of()).status()).isEqualTo(400);
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void another_towns_campaign_is_404_and_a_planned_or_cancelled_campaign_takes_no_photos() {
        String id = held();
        long before = storedFiles();
        assertThat(upload(id, Tokens.town("tongcheng"), Map.of("a.jpg", JPEG)).status()).isEqualTo(404);
        assertThat(upload(id, Tokens.department("education"), Map.of("a.jpg", JPEG)).status()).isEqualTo(404);
        assertThat(upload(id, Tokens.committee(), Map.of("a.jpg", JPEG)).status()).isEqualTo(403);

        Reply planned = upload(plan(), Tokens.town("xiabao"), Map.of("a.jpg", JPEG));
        assertThat(planned.status()).isEqualTo(409);
        assertThat(planned.code()).isEqualTo("campaign-not-held");

        String cancelled = plan();
        assertThat(api.post("/api/training/campaigns/" + cancelled + "/cancel", Tokens.town("xiabao"),
                Map.of("reason", "暴雨")).status()).isEqualTo(204);
        assertThat(upload(cancelled, Tokens.town("xiabao"), Map.of("a.jpg", JPEG)).status()).isEqualTo(409);
        assertThat(storedFiles()).isEqualTo(before);
    }
}
