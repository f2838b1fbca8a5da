package org.firegov.infrastructure.road;

import java.net.URI;
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
import org.firegov.infrastructure.road.RoadCommands.RegisterRoad;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Roads and their required hydrants (三同步): the brigade anywhere, a town in its own jurisdiction. */
@RestController
@RequestMapping("/api/infrastructure/roads")
class RoadController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    RoadController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record RegisterRoadRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = InfrastructureScope.TOWN_CODE, message = InfrastructureScope.TOWN_CODE_MESSAGE) String town,
            @NotNull @Min(0) @Max(10000) Integer requiredHydrants) {
    }

    record RoadIdentity(String roadId) {
    }

    @PostMapping
    ResponseEntity<RoadIdentity> register(Actor actor, @Valid @RequestBody RegisterRoadRequest request) {
        String roadId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterRoad(roadId, request.name().strip(), request.town(),
                request.requiredHydrants(), false, InfrastructureScope.actingTown(actor)));
        return ResponseEntity.created(URI.create("/api/infrastructure/roads/" + roadId)).body(new RoadIdentity(roadId));
    }

    @GetMapping
    PageOf<RoadView> list(Actor actor, @RequestParam(required = false) String town, Pageable pageable) {
        var query = InfrastructureScope.query(actor, "town", town == null ? null : Criteria.where("town").is(town))
                .with(Sort.by("town", "name"));
        return PageOf.query(mongo, query, pageable, RoadView.class, RoadView.COLLECTION);
    }
}
