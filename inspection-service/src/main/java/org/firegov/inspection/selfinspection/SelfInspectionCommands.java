package org.firegov.inspection.selfinspection;

import java.time.LocalDate;
import java.util.List;

import org.firegov.inspection.onsite.FindingResult;

/** Commands of units' self-inspections (单位自查). */
public final class SelfInspectionCommands {

    /** One checklist item as the unit answered it. */
    public record Answer(String itemCode, FindingResult result, String note) {
    }

    /**
     * A unit submits its self-inspection for a month against its checklist, with its public commitment (公示承诺)
     * and risk declaration (风险申报); handled by {@link SelfInspectionSubmitting}.
     *
     * @param period {@code yyyy-MM}
     */
    public record SubmitSelfInspection(String submissionId, String unitId, String period, LocalDate submittedOn,
                                       String templateId, List<Answer> answers, String commitment,
                                       String riskDeclaration) {
    }

    /**
     * The half-year check found that a unit made no self-inspection in {@code half} ({@code 2026-H1}), which is over
     * on {@code checkedOn}; handled by {@link MissedHalfYear}, once per unit and half year.
     */
    public record RecordMissedHalfYear(String recordId, String unitId, String town, String department, String half,
                                       LocalDate checkedOn) {
    }

    private SelfInspectionCommands() {
    }
}
