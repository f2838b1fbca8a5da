package org.firegov.inspection.onsite;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.checklist.CurrentChecklists;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.CompleteInspection;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.Finding;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.RaiseFindingHazard;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.RecordFindings;
import org.firegov.inspection.onsite.OnSiteInspectionCommands.StartInspection;
import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 监督检查 over HTTP: the brigade inspects a unit (a plan's drawn unit or any other), records findings item by item,
 * raises hazards from failed items and completes the inspection; every role lists the inspections in its scope.
 */
@RestController
@RequestMapping("/api/inspection/inspections")
class OnSiteInspectionController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");
    static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final CurrentChecklists checklists;

    OnSiteInspectionController(CommandGateway commands, MongoTemplate mongo, CurrentChecklists checklists) {
        this.commands = commands;
        this.mongo = mongo;
        this.checklists = checklists;
    }

    /**
     * @param planId      the published plan that drew the unit (its inspectors are the draw's)
     * @param inspectors  at least two, outside a plan
     * @param templateId  a checklist version; the unit's current one when absent
     * @param inspectedOn today (county time) when absent
     */
    record StartRequest(@NotBlank @Size(max = 40) String unitId, @Size(max = 100) String planId,
                        @Size(max = 20) List<@NotBlank @Size(max = 100) String> inspectors,
                        @Size(max = 100) String templateId, @PastOrPresent LocalDate inspectedOn) {
    }

    record FindingRequest(@NotBlank @Size(max = 40) String itemCode, @NotNull FindingResult result,
                          @Size(max = 2000) String note) {
    }

    record FindingsRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull FindingRequest> findings) {
    }

    record HazardRequest(@Size(max = 2000) String description, boolean major) {
    }

    record InspectionIdentity(String inspectionId) {
    }

    record HazardIdentity(String hazardId) {
    }

    @PostMapping
    ResponseEntity<InspectionIdentity> start(@Valid @RequestBody StartRequest request) {
        UnitView unit = mongo.findById(request.unitId(), UnitView.class, UnitView.COLLECTION);
        if (unit == null) {
            throw new BusinessRuleViolation("unknown-unit", "no registered unit " + request.unitId());
        }
        if (request.planId() == null && (request.inspectors() == null || request.inspectors().isEmpty())) {
            throw new org.firegov.kit.domain.InvalidInput("inspectors", "name the inspectors, or give the plan that drew the unit");
        }
        String templateId = request.templateId() != null ? request.templateId()
                : checklists.forUnit(unit.categories()).templateId();
        // a plan inspects each drawn unit once: the id follows from plan and unit (a second start is 409)
        String inspectionId = request.planId() == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("plan|" + request.planId() + "|" + request.unitId())
                .getBytes(StandardCharsets.UTF_8)).toString();
        LocalDate inspectedOn = request.inspectedOn() != null ? request.inspectedOn() : LocalDate.now(COUNTY_TIME);
        commands.sendAndWait(new StartInspection(inspectionId, request.unitId(), request.planId(), templateId,
                request.inspectors() == null ? List.of() : request.inspectors().stream().map(String::strip).toList(),
                inspectedOn));
        return ResponseEntity.created(URI.create("/api/inspection/inspections/" + inspectionId))
                .body(new InspectionIdentity(inspectionId));
    }

    @PostMapping("/{inspectionId}/findings")
    ResponseEntity<Void> record(@PathVariable String inspectionId, @Valid @RequestBody FindingsRequest request) {
        commands.sendAndWait(new RecordFindings(inspectionId, request.findings().stream()
                .map(f -> new Finding(f.itemCode(), f.result(), f.note())).toList()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{inspectionId}/findings/{itemCode}/hazard")
    ResponseEntity<HazardIdentity> raiseHazard(@PathVariable String inspectionId, @PathVariable String itemCode,
                                               @Valid @RequestBody(required = false) HazardRequest request) {
        String hazardId = commands.sendAndWait(new RaiseFindingHazard(inspectionId, itemCode,
                request == null || request.description() == null ? null : request.description().strip(),
                request != null && request.major()));
        return ResponseEntity.created(URI.create("/api/inspection/hazards/" + hazardId)).body(new HazardIdentity(hazardId));
    }

    @PostMapping("/{inspectionId}/completion")
    ResponseEntity<Void> complete(@PathVariable String inspectionId) {
        commands.sendAndWait(new CompleteInspection(inspectionId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    PageOf<InspectionView> list(Actor actor, @RequestParam(required = false) String unitId,
                                @RequestParam(required = false) String planId,
                                @RequestParam(required = false) InspectionView.Status status,
                                @RequestParam(required = false) String town, Pageable pageable) {
        var query = SCOPE.query(actor,
                unitId == null ? null : Criteria.where("unitId").is(unitId),
                planId == null ? null : Criteria.where("planId").is(planId),
                status == null ? null : Criteria.where("status").is(status),
                town == null ? null : Criteria.where("town").is(town))
                .with(Sort.by(Sort.Direction.DESC, "inspectedOn", "startedAt"));
        return PageOf.query(mongo, query, pageable, InspectionView.class, InspectionView.COLLECTION);
    }

    @GetMapping("/{inspectionId}")
    InspectionView get(Actor actor, @PathVariable String inspectionId) {
        return SCOPE.findVisible(mongo, actor, inspectionId, InspectionView.class, InspectionView.COLLECTION,
                "inspection");
    }
}
