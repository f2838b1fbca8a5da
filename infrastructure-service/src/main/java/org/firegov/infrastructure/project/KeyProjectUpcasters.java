package org.firegov.infrastructure.project;

import org.firegov.infrastructure.project.KeyProjectEvents.KeyProjectRegistered;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneCompleted;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestoneOverdue;
import org.firegov.infrastructure.project.KeyProjectEvents.MilestonePlanned;
import org.firegov.kit.axon.AddedFieldUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Key-project history written before responsible parties existed (revision 1) loads as revision 2 with
 * {@code responsibleParty = null}: the project then names no party until one is assigned
 * ({@code PUT /projects/{id}/responsible-party}; the seed assigns the plan's projects theirs on start).
 * Guessing a party inside an upcaster would rewrite history; an assignment event records who decided and when.
 */
@Configuration
class KeyProjectUpcasters {

    private static final String PARTY = "responsibleParty";

    @Bean
    AddedFieldUpcaster keyProjectRegisteredV1toV2() {
        return AddedFieldUpcaster.withNull(KeyProjectRegistered.class, "1", "2", PARTY);
    }

    @Bean
    AddedFieldUpcaster milestonePlannedV1toV2() {
        return AddedFieldUpcaster.withNull(MilestonePlanned.class, "1", "2", PARTY);
    }

    @Bean
    @Order(1)
    AddedFieldUpcaster milestoneCompletedV1toV2() {
        return AddedFieldUpcaster.withNull(MilestoneCompleted.class, "1", "2", PARTY);
    }

    /** Completions reported before evidence references were kept have none. */
    @Bean
    @Order(2)
    AddedFieldUpcaster milestoneCompletedV2toV3() {
        return AddedFieldUpcaster.withNull(MilestoneCompleted.class, "2", "3", "evidenceRef");
    }

    @Bean
    AddedFieldUpcaster milestoneOverdueV1toV2() {
        return AddedFieldUpcaster.withNull(MilestoneOverdue.class, "1", "2", PARTY);
    }
}
