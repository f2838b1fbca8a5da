package org.firegov.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.firegov.testkit.TestIssuer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on a random port, with real signed tokens (the test kit's issuer, as the gateway would relay them) and a
 * real HTTP server in the services' place; pages are requested as a browser behind the gateway would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class PortalTest {

    static final StandInServices services = new StandInServices();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_ISSUER_URI", () -> TestIssuer.get().issuer());
        registry.add("INSPECTION_SERVICE_URI", services::uri);
        registry.add("ACCOUNTABILITY_SERVICE_URI", services::uri);
        registry.add("TRAINING_SERVICE_URI", services::uri);
        registry.add("INFRASTRUCTURE_SERVICE_URI", services::uri);
    }

    /** Empty answers for every API the committee dashboard calls; a test then replaces the ones it is about. */
    static void dashboardAnswers() {
        services.json("/api/accountability/scores", "[]");
        services.json("/api/accountability/open-hazards", "{\"open\":0,\"major\":0,\"byTown\":[],\"byDepartment\":[]}");
        services.json("/api/inspection/public/listed-major-hazards", "[]");
        services.json("/api/inspection/incidents/statistics", "{\"byYear\":[],\"byTown\":[]}");
        services.json("/api/training/surveys", "[]");
    }

    HttpResponse<String> get(String path, String token, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return get(path, token, null);
    }

    /** A form sent by htmx (the gateway has checked its CSRF token). */
    HttpResponse<String> post(String path, String token, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file of a multipart form: the part's file name, type and bytes. */
    record FilePart(String filename, String contentType, byte[] content) {
    }

    /** A {@code multipart/form-data} form sent by htmx: one text field and files under {@code files}. */
    HttpResponse<String> postMultipart(String path, String token, String field, String value, FilePart... files)
            throws Exception {
        String boundary = "portal-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n"
                + value + "\r\n").getBytes(utf8));
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(utf8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(utf8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("HX-Request", "true")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
