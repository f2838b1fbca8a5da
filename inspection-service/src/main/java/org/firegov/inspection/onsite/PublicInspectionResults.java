package org.firegov.inspection.onsite;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.readmodel.PageOf;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一公开 — the public record of completed inspections: what the law lets be public (unit name, date, result, number
 * of hazards), never the findings, inspectors or hazards themselves.
 */
@RestController
class PublicInspectionResults {

    private final MongoTemplate mongo;

    PublicInspectionResults(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param result 合格 (PASSED) or 不合格 (FAILED) */
    record PublicResult(String unitName, LocalDate inspectedOn, Result result, int hazards, String planId) {
    }

    enum Result { PASSED, FAILED }

    @GetMapping("/api/inspection/public/inspections")
    PageOf<PublicResult> completed(@RequestParam(required = false) String planId, Pageable pageable) {
        Criteria criteria = Criteria.where("status").is(InspectionView.Status.COMPLETED);
        if (planId != null) {
            criteria = criteria.and("planId").is(planId);
        }
        PageOf<InspectionView> page = PageOf.query(mongo, Query.query(criteria)
                        .with(Sort.by(Sort.Direction.DESC, "inspectedOn", "completedAt")), pageable,
                InspectionView.class, InspectionView.COLLECTION);
        Map<String, String> names = mongo.find(Query.query(Criteria.where("_id")
                        .in(page.items().stream().map(InspectionView::unitId).distinct().toList())), UnitView.class,
                UnitView.COLLECTION).stream().collect(Collectors.toMap(UnitView::unitId, UnitView::name));
        List<PublicResult> results = page.items().stream().map(i -> new PublicResult(names.get(i.unitId()),
                i.inspectedOn(), Boolean.TRUE.equals(i.passed()) ? Result.PASSED : Result.FAILED, i.hazardsRaised(),
                i.planId())).toList();
        return new PageOf<>(results, page.page(), page.size(), page.total());
    }
}
