package org.firegov.inspection.hazard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.hazard.HazardCommands.DelistMajorHazard;
import org.firegov.inspection.hazard.HazardCommands.ListMajorHazard;
import org.firegov.inspection.unit.UnitView;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 挂牌督办 — the committee puts major hazards (重大火灾隐患) under listed supervision and delists them (销案) once
 * verified closed. The public sees which are currently listed: unit name, town, listed date and stage only.
 */
@RestController
class MajorHazardListingController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    MajorHazardListingController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    /** @param document the deciding document (督办文书), e.g. its number */
    record ListingRequest(@NotBlank @Size(max = 200) String document, @NotBlank @Size(max = 2000) String reason) {
    }

    record DelistingRequest(@NotBlank @Size(max = 200) String document) {
    }

    /** What the public may know about a listed major hazard. */
    record PublicListedHazard(String unitName, String town, Instant listedAt, HazardStage status) {
    }

    @PostMapping("/api/inspection/hazards/{hazardId}/listing")
    ResponseEntity<Void> list(@PathVariable String hazardId, @Valid @RequestBody ListingRequest request) {
        commands.sendAndWait(new ListMajorHazard(hazardId, request.document().strip(), request.reason().strip()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/inspection/hazards/{hazardId}/delisting")
    ResponseEntity<Void> delist(@PathVariable String hazardId, @Valid @RequestBody DelistingRequest request) {
        commands.sendAndWait(new DelistMajorHazard(hazardId, request.document().strip()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/inspection/public/listed-major-hazards")
    List<PublicListedHazard> listed() {
        List<HazardView> listed = mongo.find(Query.query(Criteria.where("listed").is(true))
                .with(Sort.by(Sort.Direction.DESC, "listedAt")), HazardView.class, HazardView.COLLECTION);
        Map<String, UnitView> units = mongo.find(Query.query(Criteria.where("_id")
                        .in(listed.stream().map(HazardView::unitId).distinct().toList())), UnitView.class,
                UnitView.COLLECTION).stream().collect(Collectors.toMap(UnitView::unitId, Function.identity()));
        return listed.stream().map(h -> new PublicListedHazard(
                units.containsKey(h.unitId()) ? units.get(h.unitId()).name() : null,
                h.town(), h.listedAt(), h.stage())).toList();
    }
}
