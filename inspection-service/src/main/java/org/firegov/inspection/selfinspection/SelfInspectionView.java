package org.firegov.inspection.selfinspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.firegov.inspection.selfinspection.SelfInspectionCommands.Answer;
import org.firegov.inspection.selfinspection.SelfInspectionEvents.RaisedHazard;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a unit's monthly self-inspection. */
@Document(SelfInspectionView.COLLECTION)
public record SelfInspectionView(@Id String submissionId, @Indexed String unitId, @Indexed String town,
                                 @Indexed String department, @Indexed String period, LocalDate submittedOn,
                                 String templateId, List<Answer> answers, String commitment, String riskDeclaration,
                                 int failedItems, List<RaisedHazard> hazards, Instant submittedAt,
                                 String submittedBy) {

    public static final String COLLECTION = "self_inspections";
}
