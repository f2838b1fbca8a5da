package org.firegov.infrastructure.seed;

import java.time.LocalDate;
import java.util.List;

import org.firegov.infrastructure.project.KeyProjectCommands.AssignResponsibleParty;
import org.firegov.infrastructure.project.KeyProjectCommands.PlannedMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.RegisterKeyProject;

/**
 * The seven key projects of the plan's Table 3 (with Annexes 1, 3 and 4), as commands. The plan gives years, not
 * days: a milestone "in 2023" is due on 31 December 2023. The plan states no budgets (null) and no responsible
 * bodies per project; the bodies below follow the plan's division of work and are an assumption to confirm.
 * <p>
 * Responsible parties are accountability party codes. Where the plan puts the work on a town (Annex 3: Xiabao and
 * Tongcheng; Annex 1: the Fenghuang site) the town answers; housing (县住房城乡建委) answers for old-community
 * renovation and hydrants built with roads. The fire brigade is the assessor, not an assessed party: where the
 * work is the brigade's own (recruits, equipment, IoT roll-out) the county's emergency management bureau
 * ({@code emergency}, 县应急局) is named. All of this is an assumption to confirm with the committee.
 */
final class SeedKeyProjects {

    private static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);

    static List<RegisterKeyProject> all() {
        return List.of(
                project("t3-1-old-community", 1, "消防民生实事工程：老旧小区消防设施改造",
                        "全面推进城镇老旧小区消防设施改造提升；从2022年起，根据年度城镇老旧小区改造提升项目计划，同步开展消防设施改造。",
                        LocalDate.of(2022, 1, 1), "县住房城乡建委（housing）、县消防救援大队", "housing",
                        yearly("renovation", "年度老旧小区改造计划同步完成消防设施改造", 2022, 2025)),
                project("t3-2-water-sources", 2, "消防水源建设",
                        "市政消火栓与新建道路同步设计、同步施工、同步投用（三同步）；存在欠账的限期增补到位。",
                        PLAN_START, "县住房城乡建委（housing）、各镇乡街道、县消防救援大队", "housing", List.of(
                                milestone("hydrant-rates-2025", "城镇市政消火栓建有率100%、完好率不低于98%", 2025))),
                project("t3-3-fenghuang-station", 3, "消防站建设：凤凰消防站（一级站）",
                        "新建1个消防站（附件1：凤凰消防站，新建，一级站，建设地点巫溪县凤凰镇；建设时间、竣工时间未列）。", PLAN_START, "县人民政府、县消防救援大队", "fenghuang", List.of(
                                milestone("fenghuang-station-built", "建成凤凰消防站（一级站）", 2025))),
                project("t3-4-township-brigades", 4, "乡镇专职消防队建设：下堡、通城",
                        "新建2支乡镇专职消防队（附件3）。", PLAN_START, "下堡镇、通城镇人民政府", "xiabao", List.of(
                                milestone("xiabao-brigade-built", "建成下堡镇专职消防队", 2023, "xiabao"),
                                milestone("tongcheng-brigade-built", "建成通城镇专职消防队", 2023, "tongcheng"))),
                project("t3-5-full-time-firefighters", 5, "招录政府专职消防员",
                        "新招录15名政府专职消防员，2021—2025年每年3名（附件4）。", PLAN_START,
                        "县消防救援大队、县人力社保局", "emergency",
                        yearly("recruit", "招录政府专职消防员3名", 2021, 2025)),
                project("t3-6-equipment", 6, "消防装备建设",
                        "购置灭火类消防车1台、宣传类消防车1台；“十四五”期间灭火救援装备10000余件（套）。", PLAN_START,
                        "县消防救援大队", "emergency", List.of(
                                milestone("water-tank-engine", "购置大功率水罐消防车1台", 2022),
                                milestone("publicity-vehicle", "购置消防宣传车1台", 2025),
                                milestone("rescue-equipment-10000", "灭火救援装备10000余件（套）", 2025))),
                project("t3-7-iot-sensing", 7, "物联网感知能力建设",
                        "推广高层建筑、火灾高危单位、消防安全重点单位以及“三合一”、九小场所等物联感知能力建设。",
                        LocalDate.of(2022, 1, 1), "县消防救援大队、各行业部门", "emergency", List.of(
                                milestone("iot-key-units", "高层建筑、火灾高危单位、消防安全重点单位物联感知建设（2022—2024）", 2024),
                                milestone("iot-small-venues", "“三合一”、九小场所物联感知建设", 2025))));
    }

    /**
     * The parties of the seeded projects and of milestones with their own, as assignments: on an installation seeded
     * before parties existed these name them; where a party is already named they are rejected as unchanged.
     */
    static List<AssignResponsibleParty> parties() {
        List<AssignResponsibleParty> parties = new java.util.ArrayList<>();
        for (RegisterKeyProject project : all()) {
            parties.add(new AssignResponsibleParty(project.projectId(), null, project.responsibleParty()));
            project.milestones().stream().filter(m -> m.responsibleParty() != null).forEach(m -> parties.add(
                    new AssignResponsibleParty(project.projectId(), m.milestoneId(), m.responsibleParty())));
        }
        return parties;
    }

    private static RegisterKeyProject project(String id, int item, String name, String goal, LocalDate start,
                                              String responsible, String party, List<PlannedMilestone> milestones) {
        return new RegisterKeyProject(id, item, name, goal, start, null, responsible, party, milestones, false);
    }

    private static PlannedMilestone milestone(String id, String title, int year) {
        return milestone(id, title, year, null);
    }

    private static PlannedMilestone milestone(String id, String title, int year, String party) {
        return new PlannedMilestone(id, title, LocalDate.of(year, 12, 31), party);
    }

    private static List<PlannedMilestone> yearly(String prefix, String title, int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(year -> milestone(prefix + "-" + year, year + "年：" + title, year)).toList();
    }

    private SeedKeyProjects() {
    }
}
