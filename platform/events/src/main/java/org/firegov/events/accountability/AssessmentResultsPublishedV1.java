package org.firegov.events.accountability;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.firegov.events.IntegrationEvent;
import org.firegov.events.IntegrationEventType;

/**
 * The fire-safety committee published a year's assessment results (年度消防工作考核结果) for the county's economic and
 * social performance review (经济社会发展实绩考核); once per year.
 *
 * @param schemeId the assessment scheme version the results were scored under
 * @param results  every party's result as published
 */
@IntegrationEventType(value = "firegov.accountability.results.published.v1", topic = AccountabilityEvents.RESULTS_TOPIC)
public record AssessmentResultsPublishedV1(
        int year,
        @NotBlank String schemeId,
        @NotEmpty List<@Valid @NotNull PartyResult> results,
        @NotNull Instant publishedAt) implements IntegrationEvent {

    /**
     * One party's result.
     *
     * @param partyKind {@code TOWN} or {@code DEPARTMENT}
     * @param grade     {@code EXCELLENT} (优秀), {@code GOOD} (良好), {@code PASS} (合格) or {@code FAIL} (不合格)
     * @param rank      1 = best among parties of the same kind
     * @param vetoed    failed by the major-fire veto (一票否决)
     */
    public record PartyResult(@NotBlank String partyKind, @NotBlank String partyCode, @NotBlank String name,
                              double total, @NotBlank String grade, int rank, boolean vetoed) {
    }
}
