package org.firegov.infrastructure.force;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.infrastructure.InfrastructureScope;
import org.firegov.infrastructure.force.ForceCommands.AssignVehicle;
import org.firegov.infrastructure.force.ForceCommands.RegisterForce;
import org.firegov.infrastructure.force.ForceCommands.RetireVehicle;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
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
 * Stations and forces over HTTP: the brigade registers forces and their duty vehicles; the committee and
 * departments read the county, a town its own jurisdiction.
 */
@RestController
@RequestMapping("/api/infrastructure/forces")
class ForceController {

    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    ForceController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record RegisterForceRequest(
            @NotNull ForceKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = InfrastructureScope.TOWN_CODE, message = InfrastructureScope.TOWN_CODE_MESSAGE) String town,
            StationClass stationClass,
            @Min(0) @Max(10000) int personnel) {
    }

    /** @param acquiredOn when it was bought or received (optional; counts towards Annex 2's years) */
    record AssignVehicleRequest(@NotNull VehicleType type, @Size(max = 20) String plate, LocalDate acquiredOn) {
    }

    record RetireVehicleRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record ForceIdentity(String forceId) {
    }

    record VehicleIdentity(String vehicleId) {
    }

    /** Forces per kind and vehicles on duty per Annex 2 type, within the caller's scope. */
    record ForceSummary(Map<ForceKind, Integer> forces, Map<VehicleType, Integer> vehicles, int personnel) {
    }

    @PostMapping
    ResponseEntity<ForceIdentity> register(@Valid @RequestBody RegisterForceRequest request) {
        String forceId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterForce(forceId, request.kind(), request.name().strip(), request.town(),
                request.stationClass(), request.personnel()));
        return ResponseEntity.created(URI.create("/api/infrastructure/forces/" + forceId))
                .body(new ForceIdentity(forceId));
    }

    @PostMapping("/{forceId}/vehicles")
    ResponseEntity<VehicleIdentity> assignVehicle(@PathVariable String forceId,
                                                  @Valid @RequestBody AssignVehicleRequest request) {
        String vehicleId = UUID.randomUUID().toString();
        commands.sendAndWait(new AssignVehicle(forceId, vehicleId, request.type(), request.plate(),
                request.acquiredOn(), LocalDate.now(COUNTY)));
        return ResponseEntity.created(URI.create("/api/infrastructure/forces/" + forceId))
                .body(new VehicleIdentity(vehicleId));
    }

    @PostMapping("/{forceId}/vehicles/{vehicleId}/retirement")
    ResponseEntity<Void> retireVehicle(@PathVariable String forceId, @PathVariable String vehicleId,
                                       @Valid @RequestBody RetireVehicleRequest request) {
        commands.sendAndWait(new RetireVehicle(forceId, vehicleId, request.reason().strip()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    PageOf<ForceView> list(Actor actor, @RequestParam(required = false) ForceKind kind,
                           @RequestParam(required = false) String town, Pageable pageable) {
        var query = InfrastructureScope.query(actor, "town",
                kind == null ? null : Criteria.where("kind").is(kind),
                town == null ? null : Criteria.where("town").is(town)).with(Sort.by("town", "name"));
        return PageOf.query(mongo, query, pageable, ForceView.class, ForceView.COLLECTION);
    }

    @GetMapping("/summary")
    ForceSummary summary(Actor actor) {
        Map<ForceKind, Integer> forces = new EnumMap<>(ForceKind.class);
        Map<VehicleType, Integer> vehicles = new EnumMap<>(VehicleType.class);
        int personnel = 0;
        List<ForceView> all = mongo.find(InfrastructureScope.query(actor, "town"), ForceView.class, ForceView.COLLECTION);
        for (ForceView force : all) {
            forces.merge(force.kind(), 1, Integer::sum);
            force.vehicles().forEach(v -> vehicles.merge(v.type(), 1, Integer::sum));
            personnel += force.personnel();
        }
        return new ForceSummary(forces, vehicles, personnel);
    }

    @GetMapping("/{forceId}")
    ForceView get(Actor actor, @PathVariable String forceId) {
        ForceView force = mongo.findOne(InfrastructureScope.query(actor, "town", Criteria.where("_id").is(forceId)),
                ForceView.class, ForceView.COLLECTION);
        if (force == null) {
            throw new NotFound("force", forceId);
        }
        return force;
    }
}
