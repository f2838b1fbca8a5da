package org.firegov.events.accountability;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events accountability-service publishes; add each new record here (see docs/events.md). */
public final class AccountabilityEvents {

    public static final String TASK_TOPIC = "firegov.accountability.task";
    public static final String DISHONESTY_TOPIC = "firegov.accountability.dishonesty";
    /** The committee's supervision decisions for other services (挂牌督办); key: the decision id. */
    public static final String SUPERVISION_TOPIC = "firegov.accountability.supervision";
    /** Published assessment results (考核结果); key: {@code results-<year>}. */
    public static final String RESULTS_TOPIC = "firegov.accountability.results";

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            TaskOverdueV1.class,
            TaskCompletedV1.class,
            DishonestyRecordedV1.class,
            DishonestyEndedV1.class,
            AssessmentResultsPublishedV1.class,
            ListedSupervisionDecidedV1.class);

    private AccountabilityEvents() {
    }
}
