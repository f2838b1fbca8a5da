package org.firegov.kit.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Stored keys on a real Mongo-wire server: one claim per key, replayable answers, expiry after the TTL. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IdempotencyKeysTest {

    private static final Duration TTL = Duration.ofHours(24);

    private MongoServer server;
    private MongoClient client;
    private MutableClock clock;
    private IdempotencyKeys keys;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
        keys = new IdempotencyKeys(new MongoTemplate(client, "test"), TTL, clock);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_key_is_claimed_once_and_its_answer_is_kept_until_the_ttl_ends() {
        assertThat(keys.claim("id-1", "caller", "k", "hash")).isTrue();
        assertThat(keys.claim("id-1", "caller", "k", "hash")).isFalse();
        keys.complete("id-1", 201, "application/json", "/x/1", "{\"id\":1}".getBytes(StandardCharsets.UTF_8));

        clock.advance(TTL.minusMinutes(1));
        IdempotencyRecord stored = keys.find("id-1").orElseThrow();
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.location()).isEqualTo("/x/1");
        assertThat(new String(stored.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
        assertThat(keys.claim("id-1", "caller", "k", "other")).isFalse();

        clock.advance(Duration.ofMinutes(2));
        assertThat(keys.find("id-1")).isEmpty();
        assertThat(keys.claim("id-1", "caller", "k", "other")).isTrue();
    }

    @Test
    void a_request_that_crashed_frees_its_key_after_the_lease_and_a_released_key_at_once() {
        assertThat(keys.claim("id-2", "caller", "k", "hash")).isTrue();
        clock.advance(IdempotencyKeys.LEASE.plusSeconds(1));
        assertThat(keys.claim("id-2", "caller", "k", "hash")).isTrue();

        keys.release("id-2");
        assertThat(keys.claim("id-2", "caller", "k", "hash")).isTrue();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
