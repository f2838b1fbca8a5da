package org.firegov.infrastructure.force;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.infrastructure.InfrastructureScope;
import org.firegov.infrastructure.force.ForceCommands.SetProtectionArea;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Protection areas of stations (辖区面积) and their check against the plan's 4.96 km² per station. */
@RestController
@RequestMapping("/api/infrastructure/forces")
class ProtectionAreaController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    ProtectionAreaController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record AreaRequest(@NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01 km²")
                       @DecimalMax(value = "10000", message = "must be at most 10,000 km²")
                       @Digits(integer = 5, fraction = 2) BigDecimal areaKm2) {
    }

    @PutMapping("/{forceId}/protection-area")
    ResponseEntity<Void> set(@PathVariable String forceId, @Valid @RequestBody AreaRequest request) {
        commands.sendAndWait(new SetProtectionArea(forceId, request.areaKm2()));
        return ResponseEntity.noContent().build();
    }

    /** The stations in the caller's scope with their areas, and the average against the plan's figure. */
    @GetMapping("/protection-areas")
    ProtectionAreaCheck check(Actor actor) {
        var query = InfrastructureScope.query(actor, "town", Criteria.where("kind").is(ForceKind.STATION))
                .with(Sort.by("town", "name"));
        return ProtectionAreaCheck.of(mongo.find(query, ForceView.class, ForceView.COLLECTION).stream()
                .map(f -> new ProtectionAreaCheck.Station(f.forceId(), f.name(), f.town(), f.protectionAreaKm2()))
                .toList());
    }
}
