package org.firegov.integration.callback;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.firegov.kit.domain.InvalidInput;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.CurrentActor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client registers (or replaces) the URL its status callbacks go to and the shared secret they are signed
 * with. Deliveries that waited for a registration start right away.
 */
@RestController
@RequestMapping("/api/integration/callback")
class CallbackController {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final MongoTemplate mongo;
    private final CallbackProperties properties;

    CallbackController(MongoTemplate mongo, CallbackProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    record Registration(@NotBlank @Size(max = 2000) String url, @NotBlank @Size(min = 32, max = 256) String secret) {
    }

    record Registered(String url, Instant registeredAt) {
    }

    @PutMapping
    Registered register(@Valid @RequestBody Registration request) {
        requireAllowed(request.url());
        CallbackRegistration registration = new CallbackRegistration(client(), request.url(), request.secret(),
                Instant.now());
        mongo.save(registration, CallbackRegistration.COLLECTION);
        return new Registered(registration.url(), registration.registeredAt());
    }

    @GetMapping
    Registered get() {
        CallbackRegistration registration = mongo.findById(client(), CallbackRegistration.class,
                CallbackRegistration.COLLECTION);
        if (registration == null) {
            throw new NotFound("callback registration of", client());
        }
        return new Registered(registration.url(), registration.registeredAt());
    }

    /** Deliveries wait (nothing is lost) until a URL is registered again. */
    @DeleteMapping
    ResponseEntity<Void> remove() {
        mongo.remove(Query.query(Criteria.where("_id").is(client())), CallbackRegistration.COLLECTION);
        return ResponseEntity.noContent().build();
    }

    private void requireAllowed(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("url", "must be an absolute https URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        boolean loopbackHttp = properties.allowHttpLoopback() && "http".equalsIgnoreCase(uri.getScheme())
                && uri.getHost() != null && LOOPBACK.contains(uri.getHost().toLowerCase());
        if (!https && !loopbackHttp) {
            throw new InvalidInput("url", "must be an absolute https URL"
                    + (properties.allowHttpLoopback() ? " (http only for localhost)" : ""));
        }
    }

    static String client() {
        return CurrentActor.clientId().orElseThrow(() -> new NotFound("client", "?"));
    }
}
