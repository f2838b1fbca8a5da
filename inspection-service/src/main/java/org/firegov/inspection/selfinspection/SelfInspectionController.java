package org.firegov.inspection.selfinspection;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.checklist.ChecklistTemplateView;
import org.firegov.inspection.checklist.CurrentChecklists;
import org.firegov.inspection.onsite.FindingResult;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.Answer;
import org.firegov.inspection.selfinspection.SelfInspectionCommands.SubmitSelfInspection;
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
 * 单位自查 over HTTP: a unit fetches its form (its category's current checklist) and submits it for a month, once;
 * everyone lists the self-inspections in their scope.
 */
@RestController
@RequestMapping("/api/inspection/self-inspections")
class SelfInspectionController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");
    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final CurrentChecklists checklists;

    SelfInspectionController(CommandGateway commands, MongoTemplate mongo, CurrentChecklists checklists) {
        this.commands = commands;
        this.mongo = mongo;
        this.checklists = checklists;
    }

    record AnswerRequest(@NotBlank @Size(max = 40) String itemCode, @NotNull FindingResult result,
                         @Size(max = 2000) String note) {
    }

    /**
     * @param commitment      公示承诺, the unit's public commitment
     * @param riskDeclaration 风险申报, the risks the unit declares
     */
    record SubmitRequest(@NotBlank @Pattern(regexp = MONTH, message = "must be a month such as 2026-05") String period,
                         @NotEmpty @Size(max = 100) List<@Valid @NotNull AnswerRequest> answers,
                         @NotBlank @Size(max = 2000) String commitment, @Size(max = 4000) String riskDeclaration) {
    }

    record Submitted(String submissionId) {
    }

    /** The checklist the calling unit fills in. */
    @GetMapping("/form")
    ChecklistTemplateView form(Actor actor) {
        return checklists.forUnit(callingUnit(actor).categories());
    }

    @PostMapping
    ResponseEntity<Submitted> submit(Actor actor, @Valid @RequestBody SubmitRequest request) {
        UnitView unit = callingUnit(actor);
        String submissionId = SelfInspectionSubmitting.submissionIdOf(unit.unitId(), request.period());
        commands.sendAndWait(new SubmitSelfInspection(submissionId, unit.unitId(), request.period(),
                LocalDate.now(ZoneId.of("Asia/Shanghai")), checklists.forUnit(unit.categories()).templateId(),
                request.answers().stream().map(a -> new Answer(a.itemCode(), a.result(), a.note())).toList(),
                request.commitment().strip(), request.riskDeclaration()));
        return ResponseEntity.created(URI.create("/api/inspection/self-inspections/" + submissionId))
                .body(new Submitted(submissionId));
    }

    @GetMapping
    PageOf<SelfInspectionView> list(Actor actor,
                                    @RequestParam(required = false) @Pattern(regexp = MONTH) String period,
                                    @RequestParam(required = false) String unitId,
                                    @RequestParam(required = false) String town, Pageable pageable) {
        var query = SCOPE.query(actor,
                period == null ? null : Criteria.where("period").is(period),
                unitId == null ? null : Criteria.where("unitId").is(unitId),
                town == null ? null : Criteria.where("town").is(town))
                .with(Sort.by(Sort.Direction.DESC, "period", "submittedAt"));
        return PageOf.query(mongo, query, pageable, SelfInspectionView.class, SelfInspectionView.COLLECTION);
    }

    @GetMapping("/{submissionId}")
    SelfInspectionView get(Actor actor, @PathVariable String submissionId) {
        return SCOPE.findVisible(mongo, actor, submissionId, SelfInspectionView.class, SelfInspectionView.COLLECTION, "self-inspection");
    }

    private UnitView callingUnit(Actor actor) {
        UnitView unit = actor.unit() == null ? null
                : mongo.findById(actor.unit(), UnitView.class, UnitView.COLLECTION);
        if (unit == null) {
            throw new BusinessRuleViolation("unknown-unit", "your unit " + actor.unit() + " is not registered");
        }
        return unit;
    }
}
