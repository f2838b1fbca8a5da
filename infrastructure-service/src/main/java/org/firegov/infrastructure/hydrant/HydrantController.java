package org.firegov.infrastructure.hydrant;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.infrastructure.InfrastructureScope;
import org.firegov.infrastructure.hydrant.HydrantCommands.ChangeHydrantStatus;
import org.firegov.infrastructure.hydrant.HydrantCommands.RegisterHydrant;
import org.firegov.infrastructure.hydrant.HydrantCommands.UpdateHydrantDetails;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hydrant and water-source registry over HTTP. The brigade registers and edits anywhere, a town in its own
 * jurisdiction (another town's hydrants are 404 to it); the committee and departments read the county.
 */
@RestController
@RequestMapping("/api/infrastructure/hydrants")
class HydrantController {

    static final String GEOJSON = "application/geo+json";
    private static final String LAT = "must be a WGS-84 latitude inside Wuxi County (31.2–31.8)";
    private static final String LON = "must be a WGS-84 longitude inside Wuxi County (108.9–109.9)";

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    HydrantController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record RegisterHydrantRequest(
            @NotNull HydrantType type,
            @NotBlank @Pattern(regexp = InfrastructureScope.TOWN_CODE, message = InfrastructureScope.TOWN_CODE_MESSAGE) String town,
            @Size(max = 200) String road,
            @NotNull @DecimalMin(value = "31.2", message = LAT) @DecimalMax(value = "31.8", message = LAT) Double latitude,
            @NotNull @DecimalMin(value = "108.9", message = LON) @DecimalMax(value = "109.9", message = LON) Double longitude) {
    }

    record UpdateHydrantRequest(
            @Size(max = 200) String road,
            @NotNull @DecimalMin(value = "31.2", message = LAT) @DecimalMax(value = "31.8", message = LAT) Double latitude,
            @NotNull @DecimalMin(value = "108.9", message = LON) @DecimalMax(value = "109.9", message = LON) Double longitude) {
    }

    record ChangeStatusRequest(@NotNull HydrantStatus status, @NotBlank @Size(max = 1000) String reason,
                               @NotNull StatusChangeSource source) {
    }

    record HydrantIdentity(String hydrantId) {
    }

    @PostMapping
    ResponseEntity<HydrantIdentity> register(Actor actor, @Valid @RequestBody RegisterHydrantRequest request) {
        String hydrantId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterHydrant(hydrantId, request.type(), request.town(), strip(request.road()),
                request.latitude(), request.longitude(), false, InfrastructureScope.actingTown(actor)));
        return ResponseEntity.created(URI.create("/api/infrastructure/hydrants/" + hydrantId))
                .body(new HydrantIdentity(hydrantId));
    }

    @PutMapping("/{hydrantId}")
    ResponseEntity<Void> update(Actor actor, @PathVariable String hydrantId,
                                @Valid @RequestBody UpdateHydrantRequest request) {
        commands.sendAndWait(new UpdateHydrantDetails(hydrantId, strip(request.road()), request.latitude(),
                request.longitude(), InfrastructureScope.actingTown(actor)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{hydrantId}/status")
    ResponseEntity<Void> changeStatus(Actor actor, @PathVariable String hydrantId,
                                      @Valid @RequestBody ChangeStatusRequest request) {
        commands.sendAndWait(new ChangeHydrantStatus(hydrantId, request.status(), request.reason().strip(),
                request.source(), InfrastructureScope.actingTown(actor)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    PageOf<HydrantView> list(Actor actor, @RequestParam(required = false) String town,
                             @RequestParam(required = false) HydrantType type,
                             @RequestParam(required = false) HydrantStatus status, Pageable pageable) {
        var query = InfrastructureScope.query(actor, "town",
                town == null ? null : Criteria.where("town").is(town),
                type == null ? null : Criteria.where("type").is(type),
                status == null ? null : Criteria.where("status").is(status))
                .with(Sort.by("town", "road", "_id"));
        return PageOf.query(mongo, query, pageable, HydrantView.class, HydrantView.COLLECTION);
    }

    @GetMapping("/{hydrantId}")
    HydrantView get(Actor actor, @PathVariable String hydrantId) {
        HydrantView hydrant = mongo.findOne(InfrastructureScope.query(actor, "town",
                Criteria.where("_id").is(hydrantId)), HydrantView.class, HydrantView.COLLECTION);
        if (hydrant == null) {
            throw new NotFound("hydrant", hydrantId);
        }
        return hydrant;
    }

    /**
     * The hydrants the caller may see as an RFC 7946 GeoJSON FeatureCollection: WGS-84, positions in
     * {@code [longitude, latitude]} order.
     */
    @GetMapping(value = "/geojson", produces = {GEOJSON, "application/json"})
    Map<String, Object> geoJson(Actor actor, @RequestParam(required = false) String town,
                                @RequestParam(required = false) HydrantType type) {
        var query = InfrastructureScope.query(actor, "town",
                town == null ? null : Criteria.where("town").is(town),
                type == null ? null : Criteria.where("type").is(type)).with(Sort.by("_id"));
        List<Map<String, Object>> features = mongo.find(query, HydrantView.class, HydrantView.COLLECTION).stream()
                .map(HydrantController::feature).toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> feature(HydrantView hydrant) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", hydrant.hydrantId());
        properties.put("type", hydrant.type());
        properties.put("status", hydrant.status());
        properties.put("town", hydrant.town());
        properties.put("road", hydrant.road());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", hydrant.hydrantId());
        feature.put("geometry", Map.of("type", "Point",
                "coordinates", List.of(hydrant.longitude(), hydrant.latitude())));
        feature.put("properties", properties);
        return feature;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
