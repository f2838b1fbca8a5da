package org.firegov.training.seed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.axon.EventStoreContents;
import org.firegov.training.course.CourseCommands.EnrolTrainee;
import org.firegov.training.course.CourseCommands.PlanCourse;
import org.firegov.training.course.CourseCommands.RecordAttendance;
import org.firegov.training.course.CourseCommands.RecordExam;
import org.firegov.training.course.CourseCommands.ScheduleSession;
import org.firegov.training.course.TargetGroup;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;

/**
 * A demo course (marked {@code demo}) for the local stack's demo unit {@value #DEMO_UNIT} (Keycloak user
 * {@code unit1}, 周安全, its fire-safety manager), so that whoever signs in as that unit sees trainings: a
 * “明白人” course by Xiabao with two past sessions, one in 14 days, 周安全 certified and a colleague without exam.
 * The course has a fixed id, so it is seeded once — also on an installation seeded before it existed.
 */
final class DemoUnitTrainings {

    static final String DEMO_UNIT = "91500238MA5U7K3L74";
    static final String COURSE_ID = UUID.nameUUIDFromBytes(("firegov-demo-unit-course:" + DEMO_UNIT)
            .getBytes(StandardCharsets.UTF_8)).toString();
    static final String TITLE = "单位消防安全“明白人”培训（演示）";

    private final CommandGateway commands;
    private final EventStoreContents store;

    DemoUnitTrainings(CommandGateway commands, EventStoreContents store) {
        this.commands = commands;
        this.store = store;
    }

    /** @return whether the course was seeded now (false: it was there already) */
    boolean seedOnce(LocalDate today) {
        if (store.holdsAggregate("Course", COURSE_ID)) {
            return false;
        }
        Party xiabao = new Party(PartyType.TOWN, "xiabao");
        commands.sendAndWait(new PlanCourse(COURSE_ID, TITLE, TargetGroup.UNIT_MANAGERS, "xiabao", xiabao, 60, 24,
                true, Party.BRIGADE));
        List<String> past = List.of(session(today.minusDays(30)), session(today.minusDays(23)));
        session(today.plusDays(14));
        enrol("demo-unit1-1", "周安全（演示）");
        enrol("demo-unit1-2", "演示学员（本单位）");
        past.forEach(sessionId -> attend(sessionId, "demo-unit1-1", today));
        attend(past.get(0), "demo-unit1-2", today);
        commands.sendAndWait(new RecordExam(COURSE_ID, "demo-unit1-1", 88, today.minusDays(22),
                "WX-DEMO-" + COURSE_ID.substring(0, 8).toUpperCase(), today, Party.BRIGADE));
        return true;
    }

    private String session(LocalDate date) {
        String sessionId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleSession(COURSE_ID, sessionId, date, 3, "下堡镇政府会议室（演示）",
                Party.BRIGADE));
        return sessionId;
    }

    private void enrol(String traineeId, String name) {
        commands.sendAndWait(new EnrolTrainee(COURSE_ID, traineeId, name, DEMO_UNIT, Party.BRIGADE));
    }

    private void attend(String sessionId, String traineeId, LocalDate today) {
        commands.sendAndWait(new RecordAttendance(COURSE_ID, sessionId, traineeId, today, Party.BRIGADE));
    }
}
