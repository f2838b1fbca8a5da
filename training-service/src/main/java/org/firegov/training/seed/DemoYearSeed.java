package org.firegov.training.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.axon.EventStoreContents;
import org.firegov.training.County;
import org.firegov.training.base.BaseCommands.RegisterBase;
import org.firegov.training.base.BaseKind;
import org.firegov.training.course.CourseCommands.EnrolTrainee;
import org.firegov.training.course.CourseCommands.PlanCourse;
import org.firegov.training.course.CourseCommands.RecordAttendance;
import org.firegov.training.course.CourseCommands.RecordExam;
import org.firegov.training.course.CourseCommands.ScheduleSession;
import org.firegov.training.course.TargetGroup;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.firegov.training.survey.Question;
import org.firegov.training.survey.SurveyCommands.DefineSurvey;
import org.firegov.training.volunteer.VolunteerCommands.EnrolVolunteer;
import org.firegov.training.volunteer.VolunteerCommands.LogActivity;
import org.firegov.training.volunteer.VolunteerCommands.RegisterTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A demo year of trainings (marked {@code demo}) and what the plan states about sites, loaded through the real
 * command path as the brigade once — when the event store holds no course yet — and the demo unit's course
 * ({@link DemoUnitTrainings}) once by its fixed id. The plan's figures themselves (the 2.57 baseline, the 2025
 * certification target, 50,000 m²) are constants where they are used.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true", matchIfMissing = true)
class DemoYearSeed implements ApplicationRunner {

    /** 规划 一、(一): 建成…应急消防科普教育基地1处、消防文化主题公园1个 — the plan does not say where. */
    static final String PLAN_SITES_NOTE = "规划所述已建成（一、(一)）；所在乡镇与地址为演示占位";

    static final List<Question> DEMO_QUESTIONNAIRE = List.of(
            question("q1", "发生火灾时应拨打哪个电话？", "119", "110", "a"),
            question("q2", "电动自行车能否在楼道、楼梯间充电？", "可以", "不可以", "b"),
            question("q3", "身上衣物着火时应怎么做？", "奔跑呼救", "就地打滚压灭火苗", "b"),
            question("q4", "高层建筑发生火灾时能否乘坐普通电梯逃生？", "不能", "能", "a"));

    private static final Logger log = LoggerFactory.getLogger(DemoYearSeed.class);

    private final CommandGateway commands;
    private final EventStoreContents store;
    private final DemoUnitTrainings demoUnit;

    DemoYearSeed(CommandGateway commands, EventStoreContents store) {
        this.commands = commands;
        this.store = store;
        this.demoUnit = new DemoUnitTrainings(commands, store);
    }

    /** A demo course: sessions {@code sessionDaysAgo}, trainees {@code scores} (null: no exam taken). */
    record DemoCourse(String title, TargetGroup group, String town, Party organiser, int[] sessionDaysAgo,
                      double hours, Integer[] scores) {
    }

    static List<DemoCourse> courses() {
        return List.of(
                new DemoCourse("消防安全“明白人”培训（演示）", TargetGroup.UNIT_MANAGERS, "xiabao",
                        new Party(PartyType.TOWN, "xiabao"), new int[] {200, 193}, 3, new Integer[] {86, 72, 55, null}),
                new DemoCourse("进城务工人员消防安全培训（演示）", TargetGroup.MIGRANT_WORKERS, "tongcheng",
                        new Party(PartyType.DEPARTMENT, "housing"), new int[] {120}, 2, new Integer[] {90, 64, 61}),
                new DemoCourse("山岳救援技术资质认证（演示）", TargetGroup.RESCUE_SPECIALISTS, "fenghuang", Party.BRIGADE,
                        new int[] {75, 74, 73}, 8, new Integer[] {88, 79, null}));
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = County.today();
        if (!store.holdsAny("Course")) {
            seedYear(today);
        }
        if (demoUnit.seedOnce(today)) {
            log.info("Seeded the demo unit {}'s training course", DemoUnitTrainings.DEMO_UNIT);
        }
    }

    private void seedYear(LocalDate today) {
        courses().forEach(course -> seed(course, today));
        seedSites(today);
        seedVolunteers(today);
        commands.sendAndWait(new DefineSurvey(UUID.randomUUID().toString(), "消防安全常识知晓率调查（演示）",
                DEMO_QUESTIONNAIRE, 60, true));
        log.info("Seeded a demo year: {} courses, the plan's two sites, a volunteer team, an open survey",
                courses().size());
    }

    private void seed(DemoCourse course, LocalDate today) {
        String courseId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanCourse(courseId, course.title(), course.group(), course.town(),
                course.organiser(), 60, 24, true, Party.BRIGADE));
        List<String> sessions = java.util.Arrays.stream(course.sessionDaysAgo()).mapToObj(daysAgo -> {
            String sessionId = UUID.randomUUID().toString();
            commands.sendAndWait(new ScheduleSession(courseId, sessionId, today.minusDays(daysAgo), course.hours(),
                    "演示场地", Party.BRIGADE));
            return sessionId;
        }).toList();
        for (int i = 0; i < course.scores().length; i++) {
            String traineeId = "demo-" + courseId.substring(0, 8) + "-" + (i + 1);
            commands.sendAndWait(new EnrolTrainee(courseId, traineeId, "演示学员" + (i + 1), null, Party.BRIGADE));
            for (String sessionId : sessions) {
                commands.sendAndWait(new RecordAttendance(courseId, sessionId, traineeId, today, Party.BRIGADE));
            }
            if (course.scores()[i] != null) {
                LocalDate examDate = today.minusDays(course.sessionDaysAgo()[course.sessionDaysAgo().length - 1] - 1);
                commands.sendAndWait(new RecordExam(courseId, traineeId, course.scores()[i], examDate,
                        "WX-DEMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), today, Party.BRIGADE));
            }
        }
    }

    private void seedSites(LocalDate today) {
        commands.sendAndWait(new RegisterBase(UUID.randomUUID().toString(), BaseKind.EDUCATION_BASE,
                "巫溪县应急消防科普教育基地", "fenghuang", "（演示地址）", today.minusYears(2), Party.BRIGADE, true,
                PLAN_SITES_NOTE, today, Party.BRIGADE));
        commands.sendAndWait(new RegisterBase(UUID.randomUUID().toString(), BaseKind.THEME_PARK,
                "巫溪县消防文化主题公园", "fenghuang", "（演示地址）", today.minusYears(2), Party.BRIGADE, true,
                PLAN_SITES_NOTE, today, Party.BRIGADE));
    }

    private void seedVolunteers(LocalDate today) {
        String teamId = UUID.randomUUID().toString();
        Party xiabao = new Party(PartyType.TOWN, "xiabao");
        commands.sendAndWait(new RegisterTeam(teamId, "下堡镇消防志愿服务队（演示）", "xiabao", xiabao, true,
                Party.BRIGADE));
        List<String> members = List.of("demo-v1", "demo-v2", "demo-v3");
        for (String member : members) {
            commands.sendAndWait(new EnrolVolunteer(teamId, member, "演示志愿者" + member.substring(6),
                    today.minusDays(300), today, Party.BRIGADE));
        }
        commands.sendAndWait(new LogActivity(teamId, UUID.randomUUID().toString(), "冬春火灾防控入户宣传（演示）",
                today.minusDays(250), 3, members, today, Party.BRIGADE));
        commands.sendAndWait(new LogActivity(teamId, UUID.randomUUID().toString(), "“119”消防宣传月志愿服务（演示）",
                today.minusDays(25), 4, members.subList(0, 2), today, Party.BRIGADE));
    }

    private static Question question(String id, String text, String a, String b, String correct) {
        return new Question(id, text, List.of(new Question.Option("a", a), new Question.Option("b", b)), correct, 25);
    }
}
