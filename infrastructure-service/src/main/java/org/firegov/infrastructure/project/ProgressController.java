package org.firegov.infrastructure.project;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.infrastructure.project.KeyProjectCommands.ReportProgress;
import org.firegov.kit.domain.NotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress of key projects: progress reports with their evidence (进展报告), and milestones planned against done
 * per year. The brigade reports; every infrastructure reader reads (key projects are county-wide plan items).
 */
@RestController
@RequestMapping("/api/infrastructure/projects")
class ProgressController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final OverdueMilestoneCheck overdueCheck;

    ProgressController(CommandGateway commands, MongoTemplate mongo, OverdueMilestoneCheck overdueCheck) {
        this.commands = commands;
        this.mongo = mongo;
        this.overdueCheck = overdueCheck;
    }

    /** @param milestoneId the milestone the report is about, or none for the whole project */
    record ProgressRequest(@NotNull LocalDate reportedOn, @NotBlank @Size(max = 4000) String text,
                           @Size(max = 500) @Pattern(regexp = KeyProjectController.EVIDENCE,
                                   message = "must be one line") String evidenceRef,
                           @Pattern(regexp = KeyProjectController.ID,
                                   message = KeyProjectController.ID_MESSAGE) String milestoneId) {
    }

    record ReportIdentity(String reportId) {
    }

    @PostMapping("/{projectId}/progress-reports")
    ResponseEntity<ReportIdentity> report(@PathVariable String projectId, @Valid @RequestBody ProgressRequest request) {
        String reportId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReportProgress(projectId, reportId, request.milestoneId(), request.reportedOn(),
                request.text().strip(), KeyProjectController.blankToNull(request.evidenceRef()), overdueCheck.today()));
        return ResponseEntity.created(URI.create("/api/infrastructure/projects/" + projectId + "/progress-reports"))
                .body(new ReportIdentity(reportId));
    }

    /** Progress reports and completions of a project, newest first. */
    @GetMapping("/{projectId}/progress-reports")
    List<ProgressReportView> reports(@PathVariable String projectId) {
        if (!mongo.exists(Query.query(Criteria.where("_id").is(projectId)), KeyProjectView.COLLECTION)) {
            throw new NotFound("key project", projectId);
        }
        return mongo.find(Query.query(Criteria.where("projectId").is(projectId))
                        .with(Sort.by(Sort.Direction.DESC, "reportedOn", "recordedAt")),
                ProgressReportView.class, ProgressReportView.COLLECTION);
    }

    /** Milestones planned against done, per year, for every project and overall. */
    @GetMapping("/plan-vs-actual")
    PlanVsActual.Report planVsActual() {
        return PlanVsActual.of(mongo.find(new Query().with(Sort.by("planItem", "_id")), KeyProjectView.class,
                KeyProjectView.COLLECTION), overdueCheck.today());
    }
}
