package org.firegov.events.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * A fire volunteer team (消防志愿者队伍) logged an activity: {@code volunteers} members served {@code hours} each,
 * so the activity's service hours (志愿服务时长) are {@code serviceHours = hours × volunteers}. No names travel.
 *
 * @param organiserType {@code BRIGADE}, {@code DEPARTMENT} or {@code TOWN}: who sponsors the team
 * @param demo          demo data loaded by the seed; assessment should ignore it
 */
@IntegrationEventType(value = "firegov.training.volunteer.activity-logged.v1",
        topic = TrainingEvents.VOLUNTEER_TOPIC)
public record VolunteerActivityLoggedV1(
        @NotBlank String activityId,
        @NotBlank String teamId,
        @NotBlank String town,
        @NotBlank String organiserType,
        @NotBlank String organiserCode,
        @NotNull LocalDate heldOn,
        @Positive double hours,
        @Positive int volunteers,
        @Positive double serviceHours,
        boolean demo,
        @NotNull Instant loggedAt) implements IntegrationEvent {
}
