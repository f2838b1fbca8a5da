package org.firegov.events.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * The extended investigation (火灾事故延伸调查) of a fatal or influential fire concluded with who failed which
 * responsibility — territorial supervision (属地监管, a town) or industry supervision (行业监管, a department) — for
 * accountability (问责) and the assessment.
 *
 * @param town        where the fire happened
 * @param deaths      people killed in the fire
 * @param influential the brigade judged it a fire of major social influence (有重大社会影响)
 * @param findings    one per responsible party and finding
 */
@IntegrationEventType(value = "firegov.inspection.incident.extended-investigation-concluded.v1",
        topic = InspectionEvents.INCIDENT_TOPIC)
public record ExtendedInvestigationConcludedV1(
        @NotBlank String incidentId,
        @NotBlank String town,
        @NotNull LocalDate occurredOn,
        @PositiveOrZero int deaths,
        boolean influential,
        @NotBlank String summary,
        @NotEmpty List<@Valid @NotNull Finding> findings,
        @NotNull Instant concludedAt) implements IntegrationEvent {

    /**
     * @param partyType {@code TOWN} (属地) or {@code DEPARTMENT} (行业部门)
     * @param party     the town or department code
     * @param severity  {@code MINOR} (一般), {@code SERIOUS} (较重) or {@code GRAVE} (严重)
     */
    public record Finding(@NotBlank @Pattern(regexp = "TOWN|DEPARTMENT") String partyType, @NotBlank String party,
                          @NotBlank String finding, @NotBlank @Pattern(regexp = "MINOR|SERIOUS|GRAVE") String severity) {
    }
}
