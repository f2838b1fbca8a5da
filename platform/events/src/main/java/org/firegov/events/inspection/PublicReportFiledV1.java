package org.firegov.events.inspection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A machine client (the government-service platform) filed a public hazard report (群众举报) on a citizen's behalf.
 * The report is the hazard {@code reportId} (source {@code PUBLIC_REPORT}): its lifecycle follows on the hazard
 * topic ({@code hazard.reported}, {@code hazard.rectification-ordered}, {@code hazard.closed}), which may arrive
 * before or after this event.
 *
 * @param clientId the client that filed it (the token's {@code azp}): whose status callbacks the hazard's events are
 */
@IntegrationEventType(value = "firegov.inspection.public-report.filed.v1", topic = InspectionEvents.PUBLIC_REPORT_TOPIC)
public record PublicReportFiledV1(
        @NotBlank String reportId,
        @NotBlank String clientId,
        @NotBlank String unitId,
        @NotNull Instant filedAt) implements IntegrationEvent {
}
