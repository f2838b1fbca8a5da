package org.firegov.accountability.plantargets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.bson.Document;
import org.firegov.accountability.hydrants.HydrantRateFacts;
import org.firegov.accountability.plantargets.TargetProgress.Part;
import org.firegov.accountability.plantargets.TargetProgress.Status;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.Evidence;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * 到2025年城镇市政消火栓建有率100%、完好率不低于98% (表3 第2项): the county's figures on a day from the counts
 * infrastructure published per town ({@code hydrant-rates.changed}): each town's latest counts up to the day, summed
 * (built / required, in service / built, one decimal as infrastructure rounds), with the town's own rate as a part.
 * The evidence is the ids of the events whose counts are summed. Demo hydrants are never in these counts.
 */
@Component
class HydrantRateTargets {

    private final MongoTemplate mongo;

    HydrantRateTargets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<TargetProgress> asOf(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(AssessmentPeriod.COUNTY).toInstant();
        Map<String, Document> latest = new TreeMap<>();
        mongo.find(Query.query(Criteria.where("changedAt").lt(end)).with(Sort.by("changedAt", "_id")),
                Document.class, HydrantRateFacts.COLLECTION).forEach(change -> latest.put(change.getString("town"), change));
        return List.of(
                target("hydrant-coverage", "城镇市政消火栓建有率100%", "表3 第2项 / 三(三)2", 100.0, latest, day,
                        rates -> rates.getInteger("built"), rates -> rates.getInteger("required"),
                        "municipal hydrants built / required by the registered roads (三同步), summed over the towns'"
                                + " latest published counts"),
                target("hydrant-intact", "城镇市政消火栓完好率不低于98%", "表3 第2项", 98.0, latest, day,
                        rates -> rates.getInteger("inService"), rates -> rates.getInteger("built"),
                        "municipal hydrants in service / built, summed over the towns' latest published counts"));
    }

    private static TargetProgress target(String code, String title, String planText, double goal,
                                         Map<String, Document> latest, LocalDate day, ToIntFunction<Document> met,
                                         ToIntFunction<Document> due, String basis) {
        List<Document> counted = latest.values().stream().filter(rates -> due.applyAsInt(rates) > 0).toList();
        if (counted.isEmpty()) {
            return new TargetProgress(code, title, planText, goal, null, "%", PlanTargets.PLAN_END,
                    Status.NOT_MEASURED, Evidence.ids(List.copyOf(latest.values())),
                    basis + "; none published with a denominator yet");
        }
        double rate = percent(counted.stream().mapToInt(met).sum(), counted.stream().mapToInt(due).sum());
        List<Part> towns = counted.stream().map(rates -> new Part(rates.getString("town"),
                percent(met.applyAsInt(rates), due.applyAsInt(rates)), Evidence.ids(List.of(rates)))).toList();
        return new TargetProgress(code, title, planText, goal, rate, "%", PlanTargets.PLAN_END,
                TargetProgress.byDeadline(rate >= goal, true, day, PlanTargets.PLAN_END), Evidence.ids(counted),
                basis, towns);
    }

    private static double percent(int part, int whole) {
        return Math.round(1000.0 * part / whole) / 10.0;
    }
}
