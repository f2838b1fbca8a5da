package org.firegov.inspection.selfinspection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;
import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.domain.InvalidInput;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-inspection coverage (自查覆盖率) for a month or a half year: per town and per department, the active units that submitted
 * out of all active units, within the caller's scope, with the units that missed it.
 */
@RestController
class SelfInspectionCoverage {

    private static final ScopeFilter UNIT_SCOPE = new ScopeFilter("town", "department", "_id");

    private final MongoTemplate mongo;

    SelfInspectionCoverage(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param rate submitted / active, 0 when there are no active units */
    record Row(String key, int active, int submitted, double rate, List<String> missing) {
    }

    record Coverage(String period, Row total, List<Row> perTown, List<Row> perDepartment) {
    }

    /** For a month ({@code period=2026-05}) or a half year ({@code half=2026-H1}: any of its six months counts). */
    @GetMapping("/api/inspection/self-inspections/coverage")
    Coverage coverage(Actor actor, @RequestParam(required = false) @Pattern(regexp = SelfInspectionController.MONTH,
                              message = "must be a month such as 2026-05") String period,
                      @RequestParam(required = false) @Pattern(regexp = HalfYear.PATTERN,
                              message = "must be a half year such as 2026-H1") String half) {
        if ((period == null) == (half == null)) {
            throw new InvalidInput("period", "give either a month (period=2026-05) or a half year (half=2026-H1)");
        }
        List<String> months = period != null ? List.of(period) : HalfYear.parse(half).months();
        List<UnitView> active = mongo.find(UNIT_SCOPE.query(actor,
                Criteria.where("status").ne(UnitView.Status.CLOSED.name())), UnitView.class, UnitView.COLLECTION);
        Set<String> submitted = mongo.find(SelfInspectionController.SCOPE.query(actor,
                        Criteria.where("period").in(months)), SelfInspectionView.class, SelfInspectionView.COLLECTION)
                .stream().map(SelfInspectionView::unitId).collect(Collectors.toSet());
        return new Coverage(period != null ? period : half, row("county", active, submitted),
                rows(active, submitted, UnitView::town), rows(active, submitted, UnitView::department));
    }

    private static List<Row> rows(List<UnitView> units, Set<String> submitted, Function<UnitView, String> key) {
        Map<String, List<UnitView>> groups = units.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.toList()));
        return groups.entrySet().stream().map(group -> row(group.getKey(), group.getValue(), submitted)).toList();
    }

    private static Row row(String key, List<UnitView> units, Set<String> submitted) {
        List<String> missing = units.stream().map(UnitView::unitId).filter(id -> !submitted.contains(id)).sorted()
                .toList();
        int done = units.size() - missing.size();
        return new Row(key, units.size(), done, units.isEmpty() ? 0 : (double) done / units.size(), missing);
    }
}
