package org.firegov.inspection.selfinspection;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The units in the caller's scope that missed a half year's self-inspection, per town and per department. */
@RestController
class MissedHalfYearReport {

    private static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");

    private final MongoTemplate mongo;

    MissedHalfYearReport(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Row(String key, int missed, List<String> units) {
    }

    record Report(String half, int missed, List<Row> perTown, List<Row> perDepartment) {
    }

    @GetMapping("/api/inspection/self-inspections/missed")
    Report missed(Actor actor, @RequestParam @NotNull @Pattern(regexp = HalfYear.PATTERN,
            message = "must be a half year such as 2026-H1") String half) {
        List<MissedHalfYearView> missed = mongo.find(SCOPE.query(actor, Criteria.where("half").is(half)),
                MissedHalfYearView.class, MissedHalfYearView.COLLECTION);
        return new Report(half, missed.size(), rows(missed, MissedHalfYearView::town),
                rows(missed, MissedHalfYearView::department));
    }

    private static List<Row> rows(List<MissedHalfYearView> missed, Function<MissedHalfYearView, String> key) {
        Map<String, List<String>> groups = missed.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.mapping(MissedHalfYearView::unitId, Collectors.toList())));
        return groups.entrySet().stream().map(g -> new Row(g.getKey(), g.getValue().size(),
                g.getValue().stream().sorted().toList())).toList();
    }
}
