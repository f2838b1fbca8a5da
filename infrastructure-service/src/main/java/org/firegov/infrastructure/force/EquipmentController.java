package org.firegov.infrastructure.force;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.infrastructure.InfrastructureScope;
import org.firegov.infrastructure.force.ForceCommands.AddEquipment;
import org.firegov.infrastructure.force.ForceCommands.WriteOffEquipment;
import org.firegov.kit.security.Actor;
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
 * Equipment inventory (装备) of stations and brigades: the brigade records acquisitions and write-offs; readers see
 * the acquisitions in their scope and the county's progress against the plan's equipment targets.
 */
@RestController
@RequestMapping("/api/infrastructure/forces")
class EquipmentController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    EquipmentController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record AddEquipmentRequest(@NotNull EquipmentCategory category, @NotBlank @Size(max = 200) String description,
                               @Min(1) @Max(100_000) int quantity, @NotNull LocalDate acquiredOn) {
    }

    record WriteOffRequest(@NotNull EquipmentCategory category, @Min(1) @Max(100_000) int quantity,
                           @NotBlank @Size(max = 1000) String reason) {
    }

    record EntryIdentity(String entryId) {
    }

    @PostMapping("/{forceId}/equipment")
    ResponseEntity<EntryIdentity> add(@PathVariable String forceId, @Valid @RequestBody AddEquipmentRequest request) {
        String entryId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddEquipment(forceId, entryId, request.category(), request.description().strip(),
                request.quantity(), request.acquiredOn(), LocalDate.now(ForceController.COUNTY)));
        return ResponseEntity.created(URI.create("/api/infrastructure/forces/" + forceId))
                .body(new EntryIdentity(entryId));
    }

    @PostMapping("/{forceId}/equipment/write-offs")
    ResponseEntity<Void> writeOff(@PathVariable String forceId, @Valid @RequestBody WriteOffRequest request) {
        commands.sendAndWait(new WriteOffEquipment(forceId, request.category(), request.quantity(),
                request.reason().strip()));
        return ResponseEntity.noContent().build();
    }

    /** Acquisitions in the caller's scope, newest first. */
    @GetMapping("/equipment")
    List<EquipmentEntryView> acquisitions(Actor actor, @RequestParam(required = false) String forceId) {
        Query query = InfrastructureScope.query(actor, "town",
                forceId == null ? null : Criteria.where("forceId").is(forceId));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "acquiredOn")), EquipmentEntryView.class,
                EquipmentEntryView.COLLECTION);
    }

    /** The county's equipment against the plan (county-wide figures, for every reader, like recruitment). */
    @GetMapping("/equipment-targets")
    EquipmentTargets.Progress targets() {
        Map<Integer, Integer> setsByYear = mongo.findAll(EquipmentEntryView.class, EquipmentEntryView.COLLECTION)
                .stream().collect(Collectors.groupingBy(EquipmentEntryView::year,
                        Collectors.summingInt(EquipmentEntryView::quantity)));
        List<EquipmentTargets.Acquired> vehicles = mongo.findAll(ForceView.class, ForceView.COLLECTION).stream()
                .flatMap(force -> force.vehicles().stream())
                .filter(vehicle -> vehicle.acquiredOn() != null)
                .map(vehicle -> new EquipmentTargets.Acquired(vehicle.type(), vehicle.acquiredOn().getYear()))
                .toList();
        return EquipmentTargets.of(setsByYear, vehicles);
    }
}
