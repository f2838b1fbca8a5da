package org.firegov.inspection.inspector;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.inspector.InspectorCommands.DeclareConflict;
import org.firegov.inspection.inspector.InspectorCommands.RegisterInspector;
import org.firegov.kit.domain.BusinessRuleViolation;
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

/** The inspector pool: the brigade registers inspectors and their conflicts; committee and brigade read it. */
@RestController
@RequestMapping("/api/inspection/inspectors")
class InspectorController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final InspectorPool pool;

    InspectorController(CommandGateway commands, MongoTemplate mongo, InspectorPool pool) {
        this.commands = commands;
        this.mongo = mongo;
        this.pool = pool;
    }

    record RegisterRequest(@NotBlank @Size(max = 100) String name) {
    }

    record ConflictRequest(@NotBlank @Size(max = 40) String unitId) {
    }

    record InspectorIdentity(String inspectorId) {
    }

    /** Names identify inspectors in draws, so a name is taken once (409 {@code inspector-name-taken}). */
    @PostMapping
    ResponseEntity<InspectorIdentity> register(@Valid @RequestBody RegisterRequest request) {
        String name = request.name().strip();
        if (mongo.exists(Query.query(Criteria.where("name").is(name)), InspectorView.COLLECTION)) {
            throw new BusinessRuleViolation.Conflict("inspector-name-taken", "an inspector named " + name
                    + " is already in the pool");
        }
        String inspectorId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterInspector(inspectorId, name, false));
        return ResponseEntity.created(URI.create("/api/inspection/inspectors/" + inspectorId))
                .body(new InspectorIdentity(inspectorId));
    }

    @PostMapping("/{inspectorId}/conflicts")
    ResponseEntity<Void> declareConflict(@PathVariable String inspectorId, @Valid @RequestBody ConflictRequest request) {
        commands.sendAndWait(new DeclareConflict(inspectorId, request.unitId().strip()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<InspectorView> list() {
        return pool.inspectors();
    }
}
