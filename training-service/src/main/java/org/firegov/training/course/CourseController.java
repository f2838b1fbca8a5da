package org.firegov.training.course;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.security.Actor;
import org.firegov.training.County;
import org.firegov.training.PlausibleDate;
import org.firegov.training.course.CourseCommands.EnrolTrainee;
import org.firegov.training.course.CourseCommands.ExamOutcome;
import org.firegov.training.course.CourseCommands.PlanCourse;
import org.firegov.training.course.CourseCommands.RecordAttendance;
import org.firegov.training.course.CourseCommands.RecordExam;
import org.firegov.training.course.CourseCommands.ScheduleSession;
import org.firegov.training.party.Parties;
import org.firegov.training.party.PartyType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key-group training courses (重点人群培训) over HTTP, with the same organiser rules and scope as campaigns:
 * the organiser (or the brigade) schedules sessions, enrols trainees, records attendance and exams.
 */
@RestController
@RequestMapping("/api/training/courses")
class CourseController {

    private static final String CODE = "[a-z][a-z0-9-]{1,39}";

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final CourseScope scope;

    CourseController(CommandGateway commands, MongoTemplate mongo, CourseScope scope) {
        this.commands = commands;
        this.mongo = mongo;
        this.scope = scope;
    }

    record PlanCourseRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull TargetGroup targetGroup,
            @NotBlank @Pattern(regexp = CODE, message = "must be a town code such as xiabao") String town,
            @NotNull @Min(0) @Max(100) Integer passMark,
            @NotNull @Min(1) @Max(120) Integer certificateValidityMonths,
            PartyType organiserType,
            @Pattern(regexp = CODE, message = "must be a department or town code") String organiserCode) {
    }

    record ScheduleSessionRequest(@NotNull @PlausibleDate LocalDate date,
                                  @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("12") Double hours,
                                  @Size(max = 300) String place) {
    }

    record EnrolRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,40}",
                                message = "must be 1-40 letters, digits or dashes") String traineeId,
                        @NotBlank @Size(max = 50) String name,
                        @Size(max = 18) String unitId) {
    }

    record AttendanceRequest(@NotBlank @Size(max = 40) String traineeId) {
    }

    record ExamRequest(@NotBlank @Size(max = 40) String traineeId, @NotNull @Min(0) @Max(100) Integer score,
                       @NotNull @PlausibleDate LocalDate examDate) {
    }

    record CourseIdentity(String courseId) {
    }

    record SessionIdentity(String sessionId) {
    }

    @PostMapping
    ResponseEntity<CourseIdentity> plan(Actor actor, @Valid @RequestBody PlanCourseRequest request) {
        var by = Parties.of(actor);
        String courseId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanCourse(courseId, request.title().strip(), request.targetGroup(), request.town(),
                Parties.organiser(by, request.organiserType(), request.organiserCode()), request.passMark(),
                request.certificateValidityMonths(), false, by));
        return ResponseEntity.created(URI.create("/api/training/courses/" + courseId))
                .body(new CourseIdentity(courseId));
    }

    @PostMapping("/{courseId}/sessions")
    ResponseEntity<SessionIdentity> schedule(Actor actor, @PathVariable String courseId,
                                             @Valid @RequestBody ScheduleSessionRequest request) {
        String sessionId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleSession(courseId, sessionId, request.date(), request.hours(),
                request.place(), Parties.of(actor)));
        return ResponseEntity.status(201).body(new SessionIdentity(sessionId));
    }

    @PostMapping("/{courseId}/enrolments")
    ResponseEntity<Void> enrol(Actor actor, @PathVariable String courseId, @Valid @RequestBody EnrolRequest request) {
        commands.sendAndWait(new EnrolTrainee(courseId, request.traineeId(), request.name().strip(),
                request.unitId(), Parties.of(actor)));
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/{courseId}/sessions/{sessionId}/attendance")
    ResponseEntity<Void> attend(Actor actor, @PathVariable String courseId, @PathVariable String sessionId,
                                @Valid @RequestBody AttendanceRequest request) {
        commands.sendAndWait(new RecordAttendance(courseId, sessionId, request.traineeId(),
                County.today(), Parties.of(actor)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{courseId}/exams")
    ExamOutcome exam(Actor actor, @PathVariable String courseId, @Valid @RequestBody ExamRequest request) {
        String certificateNo = "WX-" + request.examDate().getYear() + "-"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return commands.sendAndWait(new RecordExam(courseId, request.traineeId(), request.score(),
                request.examDate(), certificateNo, County.today(), Parties.of(actor)));
    }

    @GetMapping
    PageOf<CourseView> list(Actor actor, @RequestParam(required = false) String town,
                            @RequestParam(required = false) TargetGroup targetGroup, Pageable pageable) {
        var query = scope.courses(actor,
                town == null ? null : Criteria.where("town").is(town),
                targetGroup == null ? null : Criteria.where("targetGroup").is(targetGroup))
                .with(Sort.by(Sort.Direction.DESC, "plannedAt"));
        return PageOf.query(mongo, query, pageable, CourseView.class, CourseView.COLLECTION);
    }

    @GetMapping("/{courseId}")
    CourseView get(Actor actor, @PathVariable String courseId) {
        CourseView course = mongo.findOne(scope.courses(actor, Criteria.where("_id").is(courseId)),
                CourseView.class, CourseView.COLLECTION);
        if (course == null) {
            throw new NotFound("course", courseId);
        }
        return course;
    }

    @GetMapping("/{courseId}/trainees")
    List<TraineeView> trainees(Actor actor, @PathVariable String courseId) {
        get(actor, courseId);
        return mongo.find(scope.trainees(actor, courseId).with(Sort.by("traineeId")),
                TraineeView.class, TraineeView.COLLECTION);
    }
}
