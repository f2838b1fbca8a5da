package org.firegov.inspection.unit;

import java.net.URI;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.unit.UnitCommands.AmendUnit;
import org.firegov.inspection.unit.UnitCommands.CloseUnit;
import org.firegov.inspection.unit.UnitCommands.RegisterUnit;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
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
 * The unit registry over HTTP: the brigade registers, amends and closes (注销) units; everyone lists and searches
 * the units in their scope.
 */
@RestController
@RequestMapping("/api/inspection/units")
class UnitController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "_id");

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    UnitController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    /** What a client sends to register a unit (not the command: the id is checked, the scope comes from here). */
    record RegisterUnitRequest(
            @NotBlank @CreditCode String creditCode,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 300) String address,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a town code such as xiabao") String town,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a department code such as education") String department,
            @NotEmpty Set<@NotNull UnitCategory> categories,
            @NotNull RiskGrade riskGrade) {
    }

    @PostMapping
    ResponseEntity<UnitIdentity> register(@Valid @RequestBody RegisterUnitRequest request) {
        commands.sendAndWait(new RegisterUnit(request.creditCode(), request.name().strip(), request.address(),
                request.town(), request.department(), request.categories(), request.riskGrade(), false));
        return ResponseEntity.created(URI.create("/api/inspection/units/" + request.creditCode()))
                .body(new UnitIdentity(request.creditCode()));
    }

    record UnitIdentity(String unitId) {
    }

    /** The unit's new particulars, all of them (the credit code never changes). */
    record AmendUnitRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 300) String address,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a town code such as xiabao") String town,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a department code such as education") String department,
            @NotEmpty Set<@NotNull UnitCategory> categories,
            @NotNull RiskGrade riskGrade) {
    }

    record CloseUnitRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/{unitId}/amendment")
    ResponseEntity<Void> amend(@PathVariable String unitId, @Valid @RequestBody AmendUnitRequest request) {
        commands.sendAndWait(new AmendUnit(unitId, request.name().strip(), request.address(), request.town(),
                request.department(), request.categories(), request.riskGrade()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{unitId}/closure")
    ResponseEntity<Void> close(@PathVariable String unitId, @Valid @RequestBody CloseUnitRequest request) {
        commands.sendAndWait(new CloseUnit(unitId, request.reason().strip()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    PageOf<UnitView> list(Actor actor, @RequestParam(required = false) String town,
                          @RequestParam(required = false) String department,
                          @RequestParam(required = false) @Size(max = 100) String name,
                          @RequestParam(required = false) UnitCategory category,
                          @RequestParam(required = false) UnitView.Status status, Pageable pageable) {
        Query query = SCOPE.query(actor,
                town == null ? null : Criteria.where("town").is(town),
                department == null ? null : Criteria.where("department").is(department),
                name == null || name.isBlank() ? null
                        : Criteria.where("name").regex(java.util.regex.Pattern.quote(name.strip())),
                category == null ? null : Criteria.where("categories").is(category),
                status == null ? null : Criteria.where("status").is(status))
                .with(Sort.by("name"));
        return PageOf.query(mongo, query, pageable, UnitView.class, UnitView.COLLECTION);
    }

    @GetMapping("/{unitId}")
    UnitView get(Actor actor, @PathVariable String unitId) {
        UnitView unit = mongo.findOne(SCOPE.query(actor, Criteria.where("_id").is(unitId)),
                UnitView.class, UnitView.COLLECTION);
        if (unit == null) {
            throw new NotFound("unit", unitId);
        }
        return unit;
    }
}
