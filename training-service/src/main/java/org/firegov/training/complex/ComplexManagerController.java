package org.firegov.training.complex;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.domain.Forbidden;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.firegov.kit.validation.CreditCode;
import org.firegov.training.complex.ComplexManager.DeclareManager;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers of large commercial complexes and their qualification: declared by the unit itself, its town or the
 * brigade; listed in scope, {@code flagged=true} for those the plan's target misses.
 */
@RestController
@RequestMapping("/api/training/complex-managers")
class ComplexManagerController {

    private static final ScopeFilter SCOPE = new ScopeFilter("town", null, "_id");

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    ComplexManagerController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record ManagerRequest(@NotBlank @Size(max = 200) String unitName,
                          @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}",
                                  message = "must be a town code such as xiabao") String town,
                          @NotNull @Min(1) @Max(10_000_000) Integer floorAreaSquareMetres,
                          @NotBlank @Size(max = 50) String managerName, @NotNull Qualification qualification) {
    }

    @PutMapping("/{unitId}")
    ResponseEntity<Void> declare(Actor actor, @PathVariable @CreditCode String unitId,
                                 @Valid @RequestBody ManagerRequest request) {
        boolean mayDeclare = actor.has(Role.BRIGADE)
                || actor.has(Role.TOWN) && request.town().equals(actor.town())
                || actor.has(Role.UNIT) && unitId.equals(actor.unit());
        if (!mayDeclare) {
            throw new Forbidden("a unit declares its own manager, a town those in its town, the brigade any");
        }
        commands.sendAndWait(new DeclareManager(unitId, request.unitName().strip(), request.town(),
                request.floorAreaSquareMetres(), request.managerName().strip(), request.qualification(),
                actor.has(Role.BRIGADE) || actor.has(Role.UNIT) ? null : actor.town()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<ComplexManagerView> list(Actor actor, @RequestParam(required = false) Boolean flagged) {
        return mongo.find(SCOPE.query(actor, flagged == null ? null : Criteria.where("flagged").is(flagged))
                        .with(Sort.by(Sort.Direction.DESC, "floorAreaSquareMetres")).limit(1000),
                ComplexManagerView.class, ComplexManagerView.COLLECTION);
    }
}
