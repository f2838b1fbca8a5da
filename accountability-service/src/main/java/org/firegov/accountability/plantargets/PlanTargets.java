package org.firegov.accountability.plantargets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.firegov.accountability.certificates.CertificateFacts;
import org.firegov.accountability.incidents.IncidentFacts;
import org.firegov.accountability.plantargets.TargetProgress.Status;
import org.firegov.accountability.scoring.Evidence;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The plan's quantified targets (规划主要指标) with their value on a day, from the facts this service keeps: fires
 * from inspection; hydrant rates, key-project milestones, forces, recruits and equipment from infrastructure;
 * certificates from training.
 */
@Component
@EnableConfigurationProperties(PlanTargetsProperties.class)
class PlanTargets {

    static final int FIRST_YEAR = 2021;
    static final LocalDate PLAN_END = LocalDate.of(2025, 12, 31);

    private final MongoTemplate mongo;
    private final PlanTargetsProperties figures;
    private final MilestoneProgress milestones;
    private final HydrantRateTargets hydrantRates;
    private final RecruitAndEquipmentTargets counts;

    PlanTargets(MongoTemplate mongo, PlanTargetsProperties figures, MilestoneProgress milestones,
                HydrantRateTargets hydrantRates, RecruitAndEquipmentTargets counts) {
        this.mongo = mongo;
        this.figures = figures;
        this.milestones = milestones;
        this.hydrantRates = hydrantRates;
        this.counts = counts;
    }

    List<TargetProgress> asOf(LocalDate day) {
        List<TargetProgress> targets = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= Math.min(day.getYear(), PLAN_END.getYear()); year++) {
            targets.add(deathRate(year, day));
        }
        targets.add(noMajorFire(day));
        targets.addAll(hydrantRates.asOf(day));
        MilestoneTarget.PLAN.forEach(target -> targets.add(milestones.progress(target, day)));
        targets.addAll(counts.asOf(day));
        targets.add(certifiedFirefighters(day));
        return targets;
    }

    /** 年度火灾百万人口死亡率 ≤ 2: fire deaths in the county that year per million residents. */
    private TargetProgress deathRate(int year, LocalDate day) {
        List<Document> fatal = fires(LocalDate.of(year, 1, 1), min(LocalDate.of(year, 12, 31), day)).stream()
                .filter(fire -> fire.getInteger("deaths", 0) > 0).toList();
        double deaths = fatal.stream().mapToInt(fire -> fire.getInteger("deaths", 0)).sum();
        double rate = Math.round(deaths * 1_000_000 / figures.countyPopulation() * 100) / 100.0;
        boolean yearOver = !day.isBefore(LocalDate.of(year, 12, 31));
        Status status = rate > 2 ? Status.MISSED : yearOver ? Status.ACHIEVED : Status.ON_TRACK;
        return new TargetProgress("fire-death-rate-" + year, year + "年度火灾百万人口死亡率控制在2以内",
                "二(二) 主要目标", 2.0, rate, "deaths per million residents", LocalDate.of(year, 12, 31), status,
                Evidence.ids(fatal), "fire deaths recorded for " + year + " / county population ("
                + figures.countyPopulation() + ", " + figures.countyPopulationSource() + ") × 1,000,000");
    }

    /** 坚决杜绝重大以上火灾: no major fire in 2021–2025. */
    private TargetProgress noMajorFire(LocalDate day) {
        List<Document> major = fires(LocalDate.of(FIRST_YEAR, 1, 1), min(PLAN_END, day)).stream()
                .filter(fire -> Boolean.TRUE.equals(fire.getBoolean("major"))).toList();
        Status status = !major.isEmpty() ? Status.MISSED : day.isBefore(PLAN_END) ? Status.ON_TRACK : Status.ACHIEVED;
        return new TargetProgress("no-major-fire", "杜绝重大以上火灾", "二(二) 主要目标", 0.0, (double) major.size(),
                "major fires", PLAN_END, status, Evidence.ids(major), "major fires recorded since 2021");
    }

    /** 专业队队员持证上岗 by 2025: certificates issued to firefighters; the plan gives no headcount to divide by. */
    private TargetProgress certifiedFirefighters(LocalDate day) {
        List<Document> certificates = mongo.find(Query.query(Criteria.where("targetGroup").is("FIREFIGHTERS")
                        .and("issuedOn").gte(LocalDate.of(FIRST_YEAR, 1, 1)).lte(day)),
                Document.class, CertificateFacts.COLLECTION);
        return new TargetProgress("rescue-certification", "各类消防救援专业队队员持证上岗", "三(四)2", null,
                (double) certificates.size(), "certificates", PLAN_END, Status.NOT_MEASURED, Evidence.ids(certificates),
                "certificates issued to firefighters since 2021; no service publishes how many specialists need one");
    }

    private List<Document> fires(LocalDate from, LocalDate to) {
        return mongo.find(Query.query(Criteria.where("kind").is("FIRE").and("historical").is(false)
                .and("occurredOn").gte(from).lte(to)), Document.class, IncidentFacts.COLLECTION);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
