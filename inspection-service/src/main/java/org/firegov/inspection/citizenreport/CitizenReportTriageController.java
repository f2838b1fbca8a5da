package org.firegov.inspection.citizenreport;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.citizenreport.CitizenReportCommands.DismissCitizenReport;
import org.firegov.inspection.citizenreport.CitizenReportCommands.PlaceCitizenReport;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.validation.CreditCode;
import org.springframework.data.domain.Pageable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The brigade's triage of citizens' reports (群众举报): every report with its contact, the unplaced ones
 * ({@code status=UNPLACED}) to place at a unit (then it is a hazard there, handled like any other) or to dismiss.
 */
@RestController
@RequestMapping("/api/inspection/citizen-reports")
class CitizenReportTriageController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    CitizenReportTriageController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record PlacementRequest(@NotBlank @CreditCode String unitId) {
    }

    record DismissalRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record Placed(String hazardId) {
    }

    @GetMapping
    PageOf<CitizenReportView> list(@RequestParam(required = false) CitizenReportView.Status status,
                                   Pageable pageable) {
        Query query = (status == null ? new Query() : Query.query(Criteria.where("status").is(status)))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt"));
        return PageOf.query(mongo, query, pageable, CitizenReportView.class, CitizenReportView.COLLECTION);
    }

    @GetMapping("/{reportId}")
    CitizenReportView get(@PathVariable String reportId) {
        CitizenReportView report = mongo.findById(reportId, CitizenReportView.class, CitizenReportView.COLLECTION);
        if (report == null) {
            throw new NotFound("citizen report", reportId);
        }
        return report;
    }

    @PostMapping("/{reportId}/placement")
    ResponseEntity<Placed> place(@PathVariable String reportId, @Valid @RequestBody PlacementRequest request) {
        String hazardId = commands.sendAndWait(new PlaceCitizenReport(reportId, request.unitId()));
        return ResponseEntity.created(URI.create("/api/inspection/hazards/" + hazardId)).body(new Placed(hazardId));
    }

    @PostMapping("/{reportId}/dismissal")
    ResponseEntity<Void> dismiss(@PathVariable String reportId, @Valid @RequestBody DismissalRequest request) {
        commands.sendAndWait(new DismissCitizenReport(reportId, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
