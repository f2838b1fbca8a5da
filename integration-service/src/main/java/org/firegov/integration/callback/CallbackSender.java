package org.firegov.integration.callback;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.stereotype.Component;

/** POSTs one signed callback and says how it went. */
@Component
class CallbackSender {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final HttpClient http;
    private final CallbackProperties properties;
    private final Clock clock = Clock.systemUTC();

    CallbackSender(CallbackProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @param httpStatus the receiver's answer, or null when none came; {@code error} null means delivered */
    record Outcome(Integer httpStatus, String error) {
        boolean delivered() {
            return error == null;
        }
    }

    Outcome send(CallbackRegistration to, CallbackDelivery delivery, int attempt) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(to.url()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "FireGov-Callbacks/1")
                .header(CallbackSignature.DELIVERY_HEADER, delivery.id())
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign(to.secret(), timestamp, delivery.body()))
                .header(CallbackSignature.ATTEMPT_HEADER, Integer.toString(attempt))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(status, null)
                    : new Outcome(status, "the receiver answered " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        } catch (Exception e) {
            return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
