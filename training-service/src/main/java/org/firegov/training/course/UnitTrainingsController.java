package org.firegov.training.course;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.firegov.kit.domain.Forbidden;
import org.firegov.kit.security.Actor;
import org.firegov.training.County;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's own trainings (本单位培训), in one answer for its portal: its people enrolled in courses with their hours,
 * sessions, last exam and certificate; the coming sessions of those courses; and per key group whether someone of
 * the unit holds a valid certificate — the plan wants each unit's 消防安全责任人 and 管理人（“明白人”） trained. Only
 * the unit in the token; nothing of another unit.
 */
@RestController
class UnitTrainingsController {

    /** The key groups the plan asks every unit to have trained (规划: 单位消防安全责任人、管理人培训). */
    static final Set<TargetGroup> UNIT_GROUPS = EnumSet.of(TargetGroup.UNIT_RESPONSIBLE_PERSONS,
            TargetGroup.UNIT_MANAGERS);
    private static final int AT_MOST = 1_000;

    private final MongoTemplate mongo;

    UnitTrainingsController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Certificate(String certificateNo, LocalDate issuedOn, LocalDate expiresOn, boolean valid) {
    }

    record Trainee(String courseId, String courseTitle, TargetGroup targetGroup, String town, String traineeId,
                   String name, double hoursAttended, int sessionsAttended, Integer lastScore,
                   LocalDate lastExamDate, boolean passed, Certificate certificate) {
    }

    record ComingSession(String courseId, String courseTitle, String sessionId, LocalDate date, double hours,
                         String place) {
    }

    /**
     * @param planGroup        one of the groups the plan asks every unit to have trained
     * @param enrolled         enrolments of the unit's people in courses of the group
     * @param validCertificates the unit's certificates of the group not expired today
     */
    record GroupStatus(TargetGroup targetGroup, boolean planGroup, long enrolled, long validCertificates,
                       boolean certified) {
    }

    record UnitTrainings(String unitId, List<Trainee> trainees, List<ComingSession> comingSessions,
                         List<GroupStatus> targetGroups) {
    }

    @GetMapping("/api/training/units/me/trainings")
    UnitTrainings trainings(Actor actor) {
        String unitId = actor.unit();
        if (unitId == null) {
            throw new Forbidden("only a unit has trainings of its own");
        }
        LocalDate today = County.today();
        Criteria ofUnit = Criteria.where("unitId").is(unitId);
        List<TraineeView> people = mongo.find(Query.query(ofUnit).with(Sort.by("courseId", "traineeId"))
                .limit(AT_MOST), TraineeView.class, TraineeView.COLLECTION);
        Map<String, CourseView> courses = mongo.find(Query.query(Criteria.where("_id")
                        .in(people.stream().map(TraineeView::courseId).distinct().toList())),
                CourseView.class, CourseView.COLLECTION).stream()
                .collect(Collectors.toMap(CourseView::courseId, Function.identity()));
        Map<String, CertificateView> certificates = mongo.find(Query.query(ofUnit).limit(AT_MOST),
                CertificateView.class, CertificateView.COLLECTION).stream()
                .collect(Collectors.toMap(CertificateView::certificateNo, Function.identity()));
        List<Trainee> trainees = people.stream().filter(person -> courses.containsKey(person.courseId()))
                .map(person -> trainee(person, courses.get(person.courseId()),
                        certificates.get(person.certificateNo()), today))
                .sorted(Comparator.comparing(Trainee::courseTitle).thenComparing(Trainee::traineeId))
                .toList();
        return new UnitTrainings(unitId, trainees, comingSessions(courses.values(), today),
                groups(trainees));
    }

    private static Trainee trainee(TraineeView person, CourseView course, CertificateView certificate,
                                   LocalDate today) {
        return new Trainee(course.courseId(), course.title(), course.targetGroup(), course.town(),
                person.traineeId(), person.name(), person.hoursAttended(), person.sessionsAttended(),
                person.lastScore(), person.lastExamDate(), person.passed(), certificate == null ? null
                : new Certificate(certificate.certificateNo(), certificate.issuedOn(), certificate.expiresOn(),
                        !certificate.expiresOn().isBefore(today)));
    }

    /** Sessions from today on of the courses the unit's people attend, soonest first. */
    private static List<ComingSession> comingSessions(Collection<CourseView> courses, LocalDate today) {
        return courses.stream().flatMap(course -> course.sessions().stream()
                        .filter(session -> !session.date().isBefore(today))
                        .map(session -> new ComingSession(course.courseId(), course.title(), session.sessionId(),
                                session.date(), session.hours(), session.place())))
                .sorted(Comparator.comparing(ComingSession::date).thenComparing(ComingSession::courseTitle))
                .toList();
    }

    /** The plan's unit groups always, then any other group the unit's people are trained in. */
    private static List<GroupStatus> groups(List<Trainee> trainees) {
        EnumSet<TargetGroup> shown = EnumSet.copyOf(UNIT_GROUPS);
        trainees.forEach(trainee -> shown.add(trainee.targetGroup()));
        return shown.stream().map(group -> {
            List<Trainee> inGroup = trainees.stream().filter(t -> t.targetGroup() == group).toList();
            long valid = inGroup.stream().filter(t -> t.certificate() != null && t.certificate().valid()).count();
            return new GroupStatus(group, UNIT_GROUPS.contains(group), inGroup.size(), valid, valid > 0);
        }).toList();
    }
}
