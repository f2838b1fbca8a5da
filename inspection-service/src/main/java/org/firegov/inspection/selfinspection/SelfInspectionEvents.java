package org.firegov.inspection.selfinspection;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.Answer;

/** Domain events of self-inspections, private to inspection-service. */
public final class SelfInspectionEvents {

    /** A failed item and the hazard (source SELF_INSPECTION) it raised. */
    public record RaisedHazard(String itemCode, String hazardId) {
    }

    /** @param hazards one per failed item, reported in the same transaction through the hazard lifecycle */
    @Revision("1")
    public record SelfInspectionSubmitted(String submissionId, String unitId, String town, String department,
                                          String period, LocalDate submittedOn, String templateId,
                                          List<Answer> answers, String commitment, String riskDeclaration,
                                          int failedItems, List<RaisedHazard> hazards) {
    }

    /** 未按期自查: the unit made no self-inspection in {@code half}, found once it was over. */
    @Revision("1")
    public record HalfYearSelfInspectionMissed(String recordId, String unitId, String town, String department,
                                               String half, LocalDate checkedOn) {
    }

    private SelfInspectionEvents() {
    }
}
