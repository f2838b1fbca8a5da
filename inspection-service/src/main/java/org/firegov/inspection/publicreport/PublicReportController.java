package org.firegov.inspection.publicreport;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.hazard.HazardSource;
import org.firegov.inspection.hazard.HazardStage;
import org.firegov.inspection.hazard.HazardView;
import org.firegov.inspection.publicreport.PublicReport.FileReport;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.CurrentActor;
import org.firegov.kit.validation.CreditCode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The government-service platform files public hazard reports (群众举报) against registered units and follows them
 * (through the gateway: {@code /api/integration/reports}). A report is a hazard of source {@code PUBLIC_REPORT},
 * processed by the brigade like any other; the platform sees only its own reports and only their progress.
 */
@RestController
@RequestMapping("/api/inspection/platform/reports")
class PublicReportController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    PublicReportController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record ReportRequest(@NotBlank @CreditCode String unitId, @NotBlank @Size(max = 2000) String description,
                         @Size(max = 200) String contact) {
    }

    record Filed(String reportId) {
    }

    /** What the platform may know of its report: where it stands, not who handles it. */
    record ReportStatus(String reportId, String unitId, HazardStage stage, Instant deadline, Instant reportedAt,
                        Instant closedAt) {
    }

    @PostMapping
    ResponseEntity<Filed> file(@Valid @RequestBody ReportRequest request) {
        String reportId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReportHazard(reportId, request.unitId(), request.description().strip(),
                HazardSource.PUBLIC_REPORT, false));
        commands.sendAndWait(new FileReport(PublicReport.filingOf(reportId), reportId, client(), request.unitId(),
                request.contact()));
        return ResponseEntity.created(URI.create("/api/integration/reports/" + reportId)).body(new Filed(reportId));
    }

    @GetMapping("/{reportId}")
    ReportStatus get(@PathVariable String reportId) {
        PublicReportView report = mongo.findById(reportId, PublicReportView.class, PublicReportView.COLLECTION);
        HazardView hazard = mongo.findById(reportId, HazardView.class, HazardView.COLLECTION);
        if (report == null || hazard == null || !report.clientId().equals(client())) {
            throw new NotFound("report", reportId);
        }
        return new ReportStatus(reportId, hazard.unitId(), hazard.stage(), hazard.deadline(), hazard.reportedAt(),
                hazard.closedAt());
    }

    private static String client() {
        return CurrentActor.clientId().orElseThrow(() -> new NotFound("client", "?"));
    }
}
