package org.firegov.infrastructure.rates;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.firegov.infrastructure.InfrastructureScope;
import org.firegov.infrastructure.hydrant.HydrantStatus;
import org.firegov.infrastructure.hydrant.HydrantType;
import org.firegov.infrastructure.hydrant.HydrantView;
import org.firegov.infrastructure.road.RoadView;
import org.firegov.kit.security.Actor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage and intact rates of municipal hydrants per town and for the county. A town sees its own row only (and
 * no county row); everyone else reading infrastructure sees all towns and the county.
 */
@RestController
class HydrantRatesController {

    private final MongoTemplate mongo;

    HydrantRatesController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Targets(BigDecimal coverage, BigDecimal intact, int year) {
    }

    record RatesReport(Targets targets, HydrantRates county, List<HydrantRates> towns) {
    }

    @GetMapping("/api/infrastructure/hydrant-rates")
    RatesReport rates(Actor actor) {
        Map<String, Integer> required = new TreeMap<>();
        Map<String, Integer> built = new TreeMap<>();
        Map<String, Integer> inService = new TreeMap<>();
        for (RoadView road : mongo.find(InfrastructureScope.query(actor, "town"), RoadView.class, RoadView.COLLECTION)) {
            required.merge(road.town(), road.requiredHydrants(), Integer::sum);
        }
        for (HydrantView hydrant : mongo.find(InfrastructureScope.query(actor, "town",
                Criteria.where("type").is(HydrantType.HYDRANT)), HydrantView.class, HydrantView.COLLECTION)) {
            built.merge(hydrant.town(), 1, Integer::sum);
            if (hydrant.status() == HydrantStatus.IN_SERVICE) {
                inService.merge(hydrant.town(), 1, Integer::sum);
            }
        }
        TreeSet<String> towns = new TreeSet<>(required.keySet());
        towns.addAll(built.keySet());
        List<HydrantRates> rows = towns.stream().map(town -> HydrantRates.of(town, required.getOrDefault(town, 0),
                built.getOrDefault(town, 0), inService.getOrDefault(town, 0))).toList();
        HydrantRates county = InfrastructureScope.countyWide(actor) ? HydrantRates.of("county",
                sum(required), sum(built), sum(inService)) : null;
        return new RatesReport(new Targets(HydrantRates.COVERAGE_TARGET, HydrantRates.INTACT_TARGET, 2025),
                county, rows);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
