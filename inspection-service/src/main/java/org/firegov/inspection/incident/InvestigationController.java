package org.firegov.inspection.incident;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.incident.IncidentCommands.ConcludeExtendedInvestigation;
import org.firegov.inspection.incident.IncidentCommands.InvestigateFire;
import org.firegov.inspection.incident.IncidentCommands.PartyType;
import org.firegov.inspection.incident.IncidentCommands.ResponsibilityFinding;
import org.firegov.inspection.incident.IncidentCommands.Severity;
import org.firegov.kit.domain.NotFound;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 火灾调查 and 延伸调查 over HTTP: the brigade investigates a fire (cause, conclusion); for a fatal or influential
 * fire the brigade or the committee concludes the extended investigation with responsibility findings per town
 * (属地监管) or department (行业监管). Reading them is {@code GET /incidents/{id}}, in the incident's scope.
 */
@RestController
class InvestigationController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    InvestigationController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record InvestigationRequest(@NotBlank @Size(max = 2000) String cause,
                                @NotBlank @Size(max = 10000) String conclusion) {
    }

    record FindingRequest(@NotNull PartyType partyType,
                          @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String party,
                          @NotBlank @Size(max = 4000) String finding, @NotNull Severity severity) {
    }

    record ExtendedInvestigationRequest(boolean influential, @NotBlank @Size(max = 10000) String summary,
                                        @NotEmpty @Size(max = 50) List<@Valid @NotNull FindingRequest> findings) {
    }

    @PostMapping("/api/inspection/incidents/{incidentId}/investigation")
    ResponseEntity<Void> investigate(@PathVariable String incidentId,
                                     @Valid @RequestBody InvestigationRequest request) {
        requireRecorded(incidentId);
        commands.sendAndWait(new InvestigateFire(incidentId, request.cause(), request.conclusion()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/inspection/incidents/{incidentId}/extended-investigation")
    ResponseEntity<Void> concludeExtended(@PathVariable String incidentId,
                                          @Valid @RequestBody ExtendedInvestigationRequest request) {
        requireRecorded(incidentId);
        commands.sendAndWait(new ConcludeExtendedInvestigation(incidentId, request.influential(), request.summary(),
                request.findings().stream().map(f -> new ResponsibilityFinding(f.partyType(), f.party(),
                        f.finding(), f.severity())).toList()));
        return ResponseEntity.noContent().build();
    }

    private void requireRecorded(String incidentId) {
        if (!mongo.exists(Query.query(Criteria.where("_id").is(incidentId)), IncidentView.COLLECTION)) {
            throw new NotFound("incident", incidentId);
        }
    }
}
