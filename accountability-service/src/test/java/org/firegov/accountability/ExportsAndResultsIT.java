package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.firegov.events.accountability.AccountabilityEvents;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** The year's assessment exported as a workbook and per-party PDFs, and its results published once, then public. */
@FireGovServiceTest
class ExportsAndResultsIT {

    static final int YEAR = ScoreReader.YEAR;

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_workbook_opens_with_a_row_per_visible_party_and_the_evidence_behind_each_point() throws Exception {
        HttpResponse<byte[]> all = download("/api/accountability/exports/" + YEAR + "/assessment.xlsx", Tokens.committee());
        assertThat(all.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(all.body()))) {
            Sheet results = workbook.getSheetAt(0);
            assertThat(results.getRow(0).getCell(0).getStringCellValue()).isEqualTo("类别");
            assertThat(results.getLastRowNum()).as("21 parties").isEqualTo(21);
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(6).getStringCellValue()).isEqualTo("证据对象");
        }
        HttpResponse<byte[]> own = download("/api/accountability/exports/" + YEAR + "/assessment.xlsx",
                Tokens.department("education"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("only itself").isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("education");
        }
        assertThat(download("/api/accountability/exports/" + YEAR + "/assessment.xlsx",
                Tokens.unit("91500238MA5U7K3L74")).statusCode()).isEqualTo(403);
    }

    @Test
    void a_partys_pdf_report_parses_and_names_its_scheme_and_is_scoped() throws Exception {
        HttpResponse<byte[]> report = download("/api/accountability/exports/" + YEAR + "/TOWN/dahe/report.pdf",
                Tokens.town("dahe"));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(report.body())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(YEAR + "-v");
        }
        assertThat(download("/api/accountability/exports/" + YEAR + "/TOWN/dahe/report.pdf", Tokens.town("bailu"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void results_are_public_only_once_the_committee_publishes_them_and_go_to_the_performance_review() {
        assertThat(api.get("/api/accountability/public/results/" + YEAR, null).status()).isEqualTo(404);
        assertThat(api.post("/api/accountability/results/" + YEAR + "/publication", Tokens.town("dahe"), null)
                .status()).isEqualTo(403);

        assertThat(api.post("/api/accountability/results/" + YEAR + "/publication", Tokens.committee(), null)
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("/api/accountability/public/results/" + YEAR, null).status() == 200);
        JsonNode published = api.get("/api/accountability/public/results/" + YEAR, null).body();
        assertThat(published.get("results")).hasSize(21);
        assertThat(published.has("publishedBy")).isFalse();
        assertThat(api.post("/api/accountability/results/" + YEAR + "/publication", Tokens.committee(), null).code())
                .isEqualTo("already-published");

        List<CloudEvent> events = KafkaProbe.eventsFor(broker, AccountabilityEvents.RESULTS_TOPIC, "results-" + YEAR,
                received -> !received.isEmpty());
        assertThat(events.get(0).getType()).isEqualTo("firegov.accountability.results.published.v1");
    }
}
