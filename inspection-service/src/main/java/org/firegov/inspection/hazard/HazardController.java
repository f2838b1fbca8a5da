package org.firegov.inspection.hazard;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.hazard.HazardCommands.PassVerification;
import org.firegov.inspection.hazard.HazardCommands.ReportHazard;
import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.axon.DuplicateAggregate;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hazards over HTTP. The brigade reports anywhere; a town reports in its jurisdiction (grid patrol); a unit reports
 * on itself (self-inspection). Everyone lists the hazards in their scope (filter by status, stage, overdue).
 */
@RestController
@RequestMapping("/api/inspection/hazards")
class HazardController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");
    private static final ScopeFilter UNIT_SCOPE = new ScopeFilter("town", "department", "_id");

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    HazardController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record ReportHazardRequest(@NotBlank String unitId, @NotBlank @Size(max = 2000) String description,
                               @NotNull HazardSource source, boolean major) {
    }

    record HazardIdentity(String hazardId) {
    }

    record CloseHazardRequest(@Size(max = 2000) String note) {
    }

    /**
     * With an {@code Idempotency-Key}, the hazard id is derived from the caller and the key, so a retried POST
     * answers with the hazard the first attempt created instead of reporting it twice.
     */
    @PostMapping
    ResponseEntity<HazardIdentity> report(Actor actor, @Valid @RequestBody ReportHazardRequest request,
                                          @RequestHeader(name = "Idempotency-Key", required = false)
                                          @Size(max = 100) String idempotencyKey) {
        if (!actor.has(Role.BRIGADE) && !mongo.exists(UNIT_SCOPE.query(actor,
                Criteria.where("_id").is(request.unitId())), UnitView.COLLECTION)) {
            throw new NotFound("unit", request.unitId());
        }
        String hazardId = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((actor.userId() + "|" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
        URI location = URI.create("/api/inspection/hazards/" + hazardId);
        try {
            commands.sendAndWait(new ReportHazard(hazardId, request.unitId(), request.description().strip(),
                    request.source(), request.major()));
        } catch (RuntimeException failure) {
            if (idempotencyKey == null || !DuplicateAggregate.causedBy(failure)) {
                throw failure;
            }
            return ResponseEntity.status(HttpStatus.OK).location(location).body(new HazardIdentity(hazardId));
        }
        return ResponseEntity.created(location).body(new HazardIdentity(hazardId));
    }

    @GetMapping
    PageOf<HazardView> list(Actor actor, @RequestParam(required = false) HazardView.Status status,
                            @RequestParam(required = false) HazardStage stage,
                            @RequestParam(required = false) Boolean overdue,
                            @RequestParam(required = false) String unitId,
                            @RequestParam(required = false) String town,
                            @RequestParam(required = false) HazardSource source, Pageable pageable) {
        var query = SCOPE.query(actor,
                status == null ? null : Criteria.where("status").is(status),
                stage == null ? null : Criteria.where("stage").is(stage),
                overdue == null ? null : Criteria.where("overdue").is(overdue),
                unitId == null ? null : Criteria.where("unitId").is(unitId),
                town == null ? null : Criteria.where("town").is(town),
                source == null ? null : Criteria.where("source").is(source))
                .with(Sort.by(Sort.Direction.DESC, "reportedAt"));
        return PageOf.query(mongo, query, pageable, HazardView.class, HazardView.COLLECTION);
    }

    @GetMapping("/{hazardId}")
    HazardView get(Actor actor, @PathVariable String hazardId) {
        HazardView hazard = mongo.findOne(SCOPE.query(actor, Criteria.where("_id").is(hazardId)),
                HazardView.class, HazardView.COLLECTION);
        if (hazard == null) {
            throw new NotFound("hazard", hazardId);
        }
        return hazard;
    }

    /** Kept for existing clients: the same as passing the verification of a submitted rectification. */
    @PostMapping("/{hazardId}/close")
    ResponseEntity<Void> close(Actor actor, @PathVariable String hazardId, @Valid @RequestBody(required = false)
                               CloseHazardRequest request) {
        commands.sendAndWait(new PassVerification(hazardId, Requesters.of(actor),
                request == null ? null : request.note()));
        return ResponseEntity.noContent().build();
    }
}
