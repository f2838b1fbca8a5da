package org.firegov.accountability.plantargets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bson.Document;
import org.firegov.accountability.forces.ForceFacts;
import org.firegov.accountability.plantargets.TargetProgress.Part;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.FactDates;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Counts the plan sets for 2021–2025 from infrastructure's facts, by their own dates: 15 government full-time
 * firefighters, 3 a year (附件4, {@code recruit.hired} by {@code hiredOn}), and 10,000+ pieces or sets of equipment
 * (三(四)4, {@code force.equipment-acquired} quantities by {@code acquiredOn}).
 */
@Component
class RecruitAndEquipmentTargets {

    static final int RECRUITS_PER_YEAR = 3;
    static final double EQUIPMENT_SETS = 10_000;

    private final MongoTemplate mongo;

    RecruitAndEquipmentTargets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<TargetProgress> asOf(LocalDate day) {
        return List.of(recruits(day), equipment(day));
    }

    /** At risk when, at the end of a plan year already over, fewer than 3 per year so far had been hired. */
    private TargetProgress recruits(LocalDate day) {
        List<Document> hired = inPlan(ForceFacts.RECRUITS, "hiredOn", day);
        Map<Integer, List<Document>> byYear = new TreeMap<>(hired.stream()
                .collect(Collectors.groupingBy(recruit -> FactDates.localDate(recruit, "hiredOn").getYear())));
        List<Part> years = new ArrayList<>();
        boolean behind = false;
        int cumulative = 0;
        for (int year = PlanTargets.FIRST_YEAR; year <= Math.min(day.getYear(), PlanTargets.PLAN_END.getYear()); year++) {
            List<Document> ofYear = byYear.getOrDefault(year, List.of());
            cumulative += ofYear.size();
            years.add(new Part(String.valueOf(year), (double) ofYear.size(), Evidence.ids(ofYear)));
            boolean yearOver = !day.isBefore(LocalDate.of(year, 12, 31));
            behind |= yearOver && cumulative < RECRUITS_PER_YEAR * (year - PlanTargets.FIRST_YEAR + 1);
        }
        double target = RECRUITS_PER_YEAR * (PlanTargets.PLAN_END.getYear() - PlanTargets.FIRST_YEAR + 1);
        return new TargetProgress("recruits", "新招录15名政府专职消防员（每年3名）", "表3 第5项 / 附件4", target,
                (double) hired.size(), "firefighters", PlanTargets.PLAN_END,
                TargetProgress.byDeadline(hired.size() >= target, behind, day, PlanTargets.PLAN_END),
                Evidence.ids(hired), "government full-time firefighters hired since 2021 (infrastructure's"
                + " recruit.hired, by hiring date); at risk once a finished year leaves fewer than 3 per year", years);
    }

    private TargetProgress equipment(LocalDate day) {
        List<Document> acquired = inPlan(ForceFacts.EQUIPMENT, "acquiredOn", day);
        Map<String, List<Document>> byCategory = new TreeMap<>(acquired.stream()
                .collect(Collectors.groupingBy(entry -> entry.getString("category"))));
        List<Part> categories = byCategory.entrySet().stream().map(category -> new Part(category.getKey(),
                quantity(category.getValue()), Evidence.ids(category.getValue()))).toList();
        double total = quantity(acquired);
        return new TargetProgress("equipment-sets", "新购灭火救援装备10000余件（套）", "三(四)4", EQUIPMENT_SETS, total,
                "pieces or sets", PlanTargets.PLAN_END,
                TargetProgress.byDeadline(total >= EQUIPMENT_SETS, false, day, PlanTargets.PLAN_END),
                Evidence.ids(acquired), "equipment acquired since 2021 (infrastructure's force.equipment-acquired,"
                + " quantities by acquisition date)", categories);
    }

    private List<Document> inPlan(String collection, String dateField, LocalDate day) {
        LocalDate to = day.isBefore(PlanTargets.PLAN_END) ? day : PlanTargets.PLAN_END;
        return mongo.find(Query.query(Criteria.where(dateField).gte(LocalDate.of(PlanTargets.FIRST_YEAR, 1, 1)).lte(to)),
                Document.class, collection);
    }

    private static double quantity(List<Document> entries) {
        return entries.stream().mapToInt(entry -> entry.getInteger("quantity", 0)).sum();
    }
}
