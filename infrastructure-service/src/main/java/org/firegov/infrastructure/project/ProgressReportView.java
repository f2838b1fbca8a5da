package org.firegov.infrastructure.project;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A progress report on a key project (进展报告), with its evidence: what was done ({@code text}) and, optionally,
 * a reference to where the proof is kept ({@code evidenceRef}: a document number, file or link). Completing a
 * milestone is also a report, with {@code completesMilestone} true.
 */
@Document(ProgressReportView.COLLECTION)
public record ProgressReportView(@Id String reportId, @Indexed String projectId, String milestoneId,
                                 LocalDate reportedOn, String text, String evidenceRef, boolean completesMilestone,
                                 Instant recordedAt) {

    public static final String COLLECTION = "progress_reports";
}
