package org.firegov.inspection.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBuckets;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;

/** Evidence attachments of a rectification: stored in GridFS, limited in size and kind, downloaded within scope. */
@FireGovServiceTest
class RectificationEvidenceIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 7};
    static final byte[] PDF = "%PDF-1.7\n%整改报告\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Value("${spring.data.mongodb.uri}")
    String mongoUri;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper json;

    InspectionApi api;
    String unit;
    String hazardId;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
        unit = api.registerUnit("xiabao", "education", "KEY", List.of("SCHOOL"));
        hazardId = api.reportHazard(unit, "INSPECTION", false);
        assertThat(api.post("/api/inspection/hazards/" + hazardId + "/rectification-order", Tokens.brigade(),
                Map.of("deadline", Instant.now().plus(Duration.ofDays(7)).toString())).status()).isEqualTo(204);
    }

    /** POST multipart/form-data: the description and the files (name → content). */
    private Reply submit(String hazard, String token, Map<String, byte[]> files) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("description", "已清理疏散通道，见照片和整改报告");
        files.forEach((name, content) -> body.part("files", new ByteArrayResource(content)).filename(name));
        return RestClient.create("http://127.0.0.1:" + port).post()
                .uri("/api/inspection/hazards/" + hazard + "/rectification")
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

    private Download download(String hazard, String attachmentId, String token) {
        return RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/inspection/hazards/" + hazard + "/evidence/" + attachmentId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> new Download(response.getStatusCode().value(),
                        response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), response.getBody().readAllBytes()));
    }

    private long storedFiles() {
        return mongo.getCollection("fs.files").countDocuments();
    }

    @Test
    void the_unit_submits_photos_and_a_pdf_which_are_recorded_in_the_event_and_kept_in_mongo() throws Exception {
        assertThat(submit(hazardId, Tokens.unit(unit), Map.of("通道.jpg", PNG, "整改报告.pdf", PDF)).status())
                .isEqualTo(204);

        JsonNode hazard = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/inspection/hazards/"
                + hazardId, Tokens.unit(unit)).body(), b -> b.get("evidence") != null && b.get("evidence").size() == 2);
        assertThat(hazard.get("stage").asText()).isEqualTo("RECTIFICATION_SUBMITTED");
        JsonNode photo = hazard.get("evidence").findParents("filename").stream()
                .filter(e -> e.get("filename").asText().equals("通道.jpg")).findFirst().orElseThrow();
        assertThat(photo.get("contentType").asText()).isEqualTo("image/png");
        assertThat(photo.get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
        String photoId = photo.get("attachmentId").asText();

        // the domain event records the attachments
        JsonNode history = api.get("/api/inspection/hazards/" + hazardId + "/history", Tokens.brigade()).body();
        JsonNode submitted = history.get(2);
        assertThat(submitted.get("event").asText()).isEqualTo("RectificationSubmitted");
        assertThat(submitted.get("data").get("evidence").findValuesAsText("attachmentId")).contains(photoId);

        // durable: the bytes are in the service's MongoDB (GridFS), read here over a connection of our own
        try (MongoClient client = MongoClients.create(mongoUri)) {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            var database = client.getDatabase(mongoUri.substring(mongoUri.lastIndexOf('/') + 1));
            GridFSBuckets.create(database).downloadToStream(new ObjectId(photoId), copy);
            assertThat(copy.toByteArray()).isEqualTo(PNG);
            Document file = database.getCollection("fs.files").find(new Document("_id", new ObjectId(photoId))).first();
            assertThat(file.get("metadata", Document.class).getString("owner")).isEqualTo("hazard:" + hazardId);
        }

        // whoever sees the hazard downloads it; others get 404
        Download mine = download(hazardId, photoId, Tokens.unit(unit));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).isEqualTo("image/png");
        assertThat(mine.body()).isEqualTo(PNG);
        assertThat(download(hazardId, photoId, Tokens.department("education")).status()).isEqualTo(200);
        assertThat(download(hazardId, photoId, Tokens.town("xiabao")).status()).isEqualTo(200);
        assertThat(download(hazardId, photoId, Tokens.department("health")).status()).isEqualTo(404);
        assertThat(download(hazardId, photoId, Tokens.unit(InspectionApi.newCreditCode())).status()).isEqualTo(404);
        assertThat(download(hazardId, "0123456789abcdef01234567", Tokens.brigade()).status()).isEqualTo(404);
        String otherHazard = api.reportHazard(unit, "INSPECTION", false);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/hazards/" + otherHazard, Tokens.brigade()).status() == 200);
        assertThat(download(otherHazard, photoId, Tokens.brigade()).status()).isEqualTo(404);
    }

    @Test
    void files_of_the_wrong_kind_or_too_large_are_refused_with_problems_and_nothing_is_kept() {
        long before = storedFiles();
        Reply script = submit(hazardId, Tokens.unit(unit), Map.of("a.png", PNG, "photo.jpg", "#!/bin/sh".getBytes()));
        assertThat(script.status()).isEqualTo(415);
        assertThat(script.body().get("type").asText()).endsWith("/unsupported-attachment-type");
        assertThat(script.body().get("detail").asText()).contains("photo.jpg");

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Reply tooLarge = submit(hazardId, Tokens.unit(unit), Map.of("big.pdf", big));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().get("type").asText()).endsWith("/attachment-too-large");

        // another unit's hazard: 404, and its upload is not kept either
        String stranger = api.registerUnit("xiabao", "education", "KEY", List.of("SCHOOL"));
        assertThat(submit(hazardId, Tokens.unit(stranger), Map.of("a.png", PNG)).status()).isEqualTo(404);

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.brigade()).body().get("stage").asText())
                .isEqualTo("RECTIFICATION_ORDERED");
        Reply withoutFiles = submit(hazardId, Tokens.unit(unit), Map.of());
        assertThat(withoutFiles.status()).isEqualTo(204);
    }
}
