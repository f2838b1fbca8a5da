package org.firegov.infrastructure;

import org.firegov.testkit.ApiClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * What every integration test of this service uses. Subclasses carry {@code @FireGovServiceTest} themselves (and
 * nothing else), so they all share one cached Spring context with the seed loaded.
 */
public abstract class InfrastructureIT {

    @LocalServerPort
    protected int port;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected EmbeddedKafkaBroker kafka;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected ReadModelReplay replay;
    @Autowired
    protected JdbcTemplate jdbc;
    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }
}
