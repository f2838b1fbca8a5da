package org.firegov.training.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.firegov.testkit.FireGovServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A replay while another instance holds the read model's claim (or one killed a moment ago, whose claim has not
 * timed out yet) is refused as a conflict, and the read model goes on following the event store in this instance
 * instead of staying shut down.
 */
@FireGovServiceTest
class ReadModelClaimIT {

    private static final String GROUP = "drills";

    @Autowired
    ReadModelReplay replay;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_replay_refused_while_another_instance_holds_the_claim_leaves_the_read_model_running() {
        StreamingEventProcessor drills = processing
                .eventProcessorByProcessingGroup(GROUP, StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !drills.processingStatus().isEmpty());

        claimAsAnotherInstance();

        assertThatThrownBy(() -> replay.replay(GROUP))
                .isInstanceOf(BusinessRuleViolation.Conflict.class)
                .hasMessageContaining("another instance")
                .extracting(refusal -> ((BusinessRuleViolation) refusal).code()).isEqualTo("read-model-claimed");
        assertThat(drills.isRunning()).as("still following the event store").isTrue();

        jdbc.update("UPDATE tokenentry SET owner = NULL WHERE processorname = ?", GROUP);   // the claim timed out
        replay.replay(GROUP);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(drills.processingStatus()).isNotEmpty());
        assertThat(drills.isRunning()).isTrue();
    }

    private void claimAsAnotherInstance() {
        int claimed = jdbc.update("UPDATE tokenentry SET owner = 'another-instance@host', timestamp = ? "
                + "WHERE processorname = ?", Instant.now().toString(), GROUP);
        assertThat(claimed).as("the drills processor's token rows").isPositive();
    }
}
