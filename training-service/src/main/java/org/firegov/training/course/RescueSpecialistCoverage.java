package org.firegov.training.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.firegov.kit.domain.Forbidden;
import org.firegov.kit.security.Actor;
import org.firegov.training.County;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certification of rescue specialists against the plan (规划 三(五)2: 力争到2025年各类消防救援专业队队员持证上岗):
 * specialists are the trainees of {@code RESCUE_SPECIALISTS} courses, or the configured roster when larger
 * ({@code firegov.training.rescue-specialists.roster}); certified means holding a certificate valid today.
 */
@RestController
class RescueSpecialistCoverage {

    static final LocalDate TARGET_DATE = LocalDate.of(2025, 12, 31);
    static final String TARGET = "力争到2025年各类消防救援专业队队员持证上岗";

    private final MongoTemplate mongo;
    private final Integer roster;

    RescueSpecialistCoverage(MongoTemplate mongo,
                             @Value("${firegov.training.rescue-specialists.roster:#{null}}") Integer roster) {
        this.mongo = mongo;
        this.roster = roster;
    }

    /**
     * @param coverage  certified over specialists, per cent (one decimal); null without specialists
     * @param targetMet every specialist certified
     * @param overdue   the target date passed without meeting it
     */
    record Coverage(String target, LocalDate targetDate, Integer roster, long trained, long specialists,
                    long certified, Double coverage, boolean targetMet, boolean overdue, List<String> uncertified) {
    }

    @GetMapping("/api/training/certification/rescue-specialists")
    Coverage coverage(Actor actor) {
        if (!actor.countyWide()) {
            throw new Forbidden("rescue specialists' certification is the brigade's and the committee's view");
        }
        List<String> courses = mongo.find(Query.query(Criteria.where("targetGroup")
                .is(TargetGroup.RESCUE_SPECIALISTS)), CourseView.class, CourseView.COLLECTION).stream()
                .map(CourseView::courseId).toList();
        Set<String> trained = mongo.find(Query.query(Criteria.where("courseId").in(courses)), TraineeView.class,
                TraineeView.COLLECTION).stream().map(TraineeView::traineeId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> certified = mongo.find(Query.query(Criteria.where("targetGroup").is(TargetGroup.RESCUE_SPECIALISTS)
                        .and("expiresOn").gte(County.today())), CertificateView.class, CertificateView.COLLECTION)
                .stream().map(CertificateView::traineeId).collect(Collectors.toSet());
        long specialists = Math.max(trained.size(), roster == null ? 0 : roster);
        boolean met = specialists > 0 && certified.size() >= specialists;
        return new Coverage(TARGET, TARGET_DATE, roster, trained.size(), specialists, certified.size(),
                specialists == 0 ? null : Math.round(1000.0 * certified.size() / specialists) / 10.0, met,
                !met && County.today().isAfter(TARGET_DATE),
                trained.stream().filter(id -> !certified.contains(id)).toList());
    }
}
