package org.firegov.infrastructure.force;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stations and brigades against the plan (county-wide figures, for every reader, like recruitment). */
@RestController
class ForceTargetsController {

    private final MongoTemplate mongo;

    ForceTargetsController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/infrastructure/forces/targets")
    List<ForceTargets.KindTarget> targets() {
        List<ForceView> forces = mongo.findAll(ForceView.class, ForceView.COLLECTION);
        Map<ForceKind, Integer> registered = new EnumMap<>(ForceKind.class);
        forces.forEach(force -> registered.merge(force.kind(), 1, Integer::sum));
        return ForceTargets.of(registered, townsOf(forces, ForceKind.STATION),
                townsOf(forces, ForceKind.FULL_TIME_BRIGADE));
    }

    private static Set<String> townsOf(List<ForceView> forces, ForceKind kind) {
        return forces.stream().filter(force -> force.kind() == kind).map(ForceView::town).collect(Collectors.toSet());
    }
}
