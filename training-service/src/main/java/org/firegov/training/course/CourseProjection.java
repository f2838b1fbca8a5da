package org.firegov.training.course;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.firegov.training.course.CourseEvents.AttendanceRecorded;
import org.firegov.training.course.CourseEvents.CertificateIssued;
import org.firegov.training.course.CourseEvents.CoursePlanned;
import org.firegov.training.course.CourseEvents.ExamScoreRecorded;
import org.firegov.training.course.CourseEvents.SessionScheduled;
import org.firegov.training.course.CourseEvents.TraineeEnrolled;
import org.firegov.training.party.PartyType;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code courses}, {@code course_trainees} and {@code certificates} collections; rebuilt on replay. */
@Component
@ProcessingGroup(CourseProjection.GROUP)
class CourseProjection {

    static final String GROUP = "courses";

    private final MongoTemplate mongo;

    CourseProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CoursePlanned event, @Timestamp Instant at) {
        mongo.save(new CourseView(event.courseId(), event.title(), event.targetGroup(), event.town(),
                event.organiser().type(), event.organiser().code(), departmentOf(event.organiser().type(),
                event.organiser().code()), event.passMark(), event.certificateValidityMonths(), List.of(), 0, 0, at,
                event.demo()),
                CourseView.COLLECTION);
    }

    @EventHandler
    void on(SessionScheduled event) {
        mongo.updateFirst(byId(event.courseId()), new Update().push("sessions",
                new CourseView.Session(event.sessionId(), event.date(), event.hours(), event.place())),
                CourseView.COLLECTION);
    }

    @EventHandler
    void on(TraineeEnrolled event) {
        CourseView course = mongo.findById(event.courseId(), CourseView.class, CourseView.COLLECTION);
        mongo.save(new TraineeView(TraineeView.idOf(event.courseId(), event.traineeId()), event.courseId(),
                course.town(), course.department(), event.traineeId(), event.name(), event.unitId(), 0, 0, null,
                null, false, null), TraineeView.COLLECTION);
        mongo.updateFirst(byId(event.courseId()), new Update().inc("enrolled", 1), CourseView.COLLECTION);
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        mongo.updateFirst(byId(TraineeView.idOf(event.courseId(), event.traineeId())),
                new Update().inc("hoursAttended", event.hours()).inc("sessionsAttended", 1), TraineeView.COLLECTION);
    }

    @EventHandler
    void on(ExamScoreRecorded event) {
        mongo.updateFirst(byId(TraineeView.idOf(event.courseId(), event.traineeId())),
                Update.update("lastScore", event.score()).set("lastExamDate", event.examDate())
                        .set("passed", event.passed()), TraineeView.COLLECTION);
    }

    @EventHandler
    void on(CertificateIssued event) {
        String traineeKey = TraineeView.idOf(event.courseId(), event.traineeId());
        TraineeView trainee = mongo.findById(traineeKey, TraineeView.class, TraineeView.COLLECTION);
        mongo.save(new CertificateView(event.certificateNo(), event.courseId(), event.courseTitle(),
                event.traineeId(), trainee == null ? null : trainee.name(), event.unitId(), event.targetGroup(),
                event.town(), event.organiser().type(), event.organiser().code(),
                departmentOf(event.organiser().type(), event.organiser().code()), event.hoursAttended(),
                event.score(), event.issuedOn(), event.expiresOn()), CertificateView.COLLECTION);
        mongo.updateFirst(byId(traineeKey), Update.update("certificateNo", event.certificateNo()),
                TraineeView.COLLECTION);
        mongo.updateFirst(byId(event.courseId()), new Update().inc("certified", 1), CourseView.COLLECTION);
    }

    private static String departmentOf(PartyType type, String code) {
        return type == PartyType.DEPARTMENT ? code : null;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(CourseView.COLLECTION);
        mongo.dropCollection(TraineeView.COLLECTION);
        mongo.dropCollection(CertificateView.COLLECTION);
    }
}
