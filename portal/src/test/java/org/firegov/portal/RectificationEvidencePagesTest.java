package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The unit's rectification with evidence (整改佐证): the multipart form, the files passed on, the evidence list. */
class RectificationEvidencePagesTest extends PortalTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final String HAZARD = "{\"hazardId\":\"%s\",\"unitId\":\"91500238MA5U7K3L74\",\"town\":\"xiabao\","
            + "\"department\":\"education\",\"description\":\"疏散通道堵塞\",\"source\":\"INSPECTION\",\"major\":false,"
            + "\"status\":\"OPEN\",\"stage\":\"%s\",\"overdue\":false,\"listed\":false,"
            + "\"reportedAt\":\"2026-11-20T02:00:00Z\",\"deadline\":\"2026-12-20T15:59:59Z\",\"rectification\":null,"
            + "\"rejectionReason\":null,\"evidence\":%s}";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'p', 'h', 'o', 't', 'o'};

    @Test
    void the_unit_gets_a_multipart_form_with_a_labelled_file_input_and_everyone_sees_the_evidence() throws Exception {
        services.json("/api/inspection/hazards/ev-1", HAZARD.formatted("ev-1", "RECTIFICATION_ORDERED", "[]"));
        services.json("/api/inspection/hazards/ev-1/history", "[]");

        String form = get("/portal/hazards/ev-1", Tokens.unit(UNIT)).body();
        assertThat(form).contains("enctype=\"multipart/form-data\"", "id=\"rectification\"",
                "<label for=\"rectification-files\">整改照片或 PDF", "id=\"rectification-files\" name=\"files\" type=\"file\" multiple",
                "hx-post=\"/portal/hazards/ev-1/rectification\"")
                .doesNotContain("id=\"hazard-evidence\"");

        services.json("/api/inspection/hazards/ev-2", HAZARD.formatted("ev-2", "RECTIFICATION_SUBMITTED",
                "[{\"attachmentId\":\"a-1\",\"filename\":\"通道.jpg\",\"contentType\":\"image/jpeg\",\"size\":2048,"
                        + "\"sha256\":\"00\"}]"));
        services.json("/api/inspection/hazards/ev-2/history", "[]");
        String brigade = get("/portal/hazards/ev-2?lang=en", Tokens.brigade()).body();
        assertThat(brigade).contains("id=\"hazard-evidence\"", "Evidence of the rectification",
                "href=\"/api/inspection/hazards/ev-2/evidence/a-1\">通道.jpg</a>", "image/jpeg", "2.0")
                .doesNotContain("id=\"rectification-files\"");
    }

    @Test
    void the_files_are_passed_on_to_inspection_as_multipart_with_the_description() throws Exception {
        services.json("/api/inspection/hazards/ev-3/rectification", "{}");
        services.json("/api/inspection/hazards/ev-3", HAZARD.formatted("ev-3", "RECTIFICATION_SUBMITTED", "[]"));

        String unit = Tokens.unit(UNIT);
        HttpResponse<String> done = postMultipart("/portal/hazards/ev-3/rectification", unit,
                "description", "已清理疏散通道", new FilePart("passage.jpg", "image/jpeg", JPEG),
                new FilePart("report.pdf", "application/pdf", "%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII)));

        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(done.headers().firstValue("HX-Redirect")).hasValue("/portal/hazards/ev-3?done=submitted");
        String path = "/api/inspection/hazards/ev-3/rectification";
        assertThat(services.contentTypeOf(path)).startsWith("multipart/form-data");
        assertThat(services.authorizationOf(path)).isEqualTo("Bearer " + unit);
        String sent = new String(services.bodyOf(path).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        assertThat(sent).contains("name=\"description\"", "已清理疏散通道",
                "name=\"files\"; filename=\"passage.jpg\"", "Content-Type: image/jpeg",
                "name=\"files\"; filename=\"report.pdf\"", "Content-Type: application/pdf", "%PDF-1.4 report");
        assertThat(services.bodyOf(path)).contains(new String(JPEG, StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_submission_without_files_is_sent_as_before() throws Exception {
        services.json("/api/inspection/hazards/ev-4/rectification", "{}");
        services.json("/api/inspection/hazards/ev-4", HAZARD.formatted("ev-4", "RECTIFICATION_SUBMITTED", "[]"));

        // a browser sends an empty part for a file input left empty
        HttpResponse<String> done = postMultipart("/portal/hazards/ev-4/rectification", Tokens.unit(UNIT),
                "description", "已整改", new FilePart("", "application/octet-stream", new byte[0]));

        assertThat(done.statusCode()).isEqualTo(204);
        String path = "/api/inspection/hazards/ev-4/rectification";
        assertThat(services.contentTypeOf(path)).startsWith("application/json");
        assertThat(new String(services.bodyOf(path).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .isEqualTo("{\"description\":\"已整改\"}");
    }

    @Test
    void refused_files_read_as_clear_messages() throws Exception {
        services.problem("/api/inspection/hazards/ev-5/rectification", 415, "{\"title\":\"Unsupported Media Type\","
                + "\"status\":415,\"code\":\"unsupported-attachment-type\",\"detail\":\"notes.docx is not allowed\"}");
        HttpResponse<String> wrongType = postMultipart("/portal/hazards/ev-5/rectification", Tokens.unit(UNIT),
                "description", "已整改", new FilePart("notes.docx", "application/octet-stream", JPEG));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).contains("文件类型不支持", "只能上传 JPEG、PNG 照片或 PDF 文件。", "notes.docx")
                .doesNotContain("<html");

        services.problem("/api/inspection/hazards/ev-6/rectification", 413, "{\"title\":\"Content Too Large\","
                + "\"status\":413,\"code\":\"attachment-too-large\",\"detail\":\"big.jpg is larger than 10MB\"}");
        HttpResponse<String> tooLarge = postMultipart("/portal/hazards/ev-6/rectification", Tokens.unit(UNIT),
                "description", "已整改", new FilePart("big.jpg", "image/jpeg", JPEG));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("文件太大", "每个文件不超过 10 MB", "big.jpg");
    }
}
