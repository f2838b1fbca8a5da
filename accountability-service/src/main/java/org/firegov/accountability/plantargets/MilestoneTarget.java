package org.firegov.accountability.plantargets;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A target reached by completing key-project milestones (infrastructure's Table 3 projects), by {@code deadline}.
 *
 * @param milestones ids {@code <projectId>/<milestoneId>} as infrastructure's seed registers them
 * @param forces     milestones that a force registered in the register also proves: the force's kind and town
 *                   (as infrastructure's own comparison names them: a station in Fenghuang, brigades in Xiabao and
 *                   Tongcheng)
 */
record MilestoneTarget(String code, String title, String planText, LocalDate deadline, String unit,
                       double perMilestone, List<String> milestones, Map<String, Force> forces) {

    /** A force of {@code kind} (ForceRegisteredV1's kind) registered in {@code town}. */
    record Force(String kind, String town) {
    }

    /** The plan's key-project targets (规划 表3); the recruits and the 10,000 sets are counted from their own facts. */
    static final List<MilestoneTarget> PLAN = List.of(
            new MilestoneTarget("fenghuang-station", "建成凤凰消防站（一级站）", "表3 第3项：到2025年，争取建成凤凰消防站",
                    LocalDate.of(2025, 12, 31), "stations", 1,
                    List.of("t3-3-fenghuang-station/fenghuang-station-built"),
                    Map.of("t3-3-fenghuang-station/fenghuang-station-built", new Force("STATION", "fenghuang"))),
            new MilestoneTarget("township-brigades", "建成下堡、通城乡镇专职消防队", "表3 第4项：2023年，建成下堡、通城专职消防站",
                    LocalDate.of(2023, 12, 31), "brigades", 1,
                    List.of("t3-4-township-brigades/xiabao-brigade-built",
                            "t3-4-township-brigades/tongcheng-brigade-built"),
                    Map.of("t3-4-township-brigades/xiabao-brigade-built", new Force("FULL_TIME_BRIGADE", "xiabao"),
                            "t3-4-township-brigades/tongcheng-brigade-built",
                            new Force("FULL_TIME_BRIGADE", "tongcheng"))),
            new MilestoneTarget("equipment", "购置大功率消防车1台、消防宣传车1台、装备10000余件（套）",
                    "表3 第6项：2022年购置大功率消防车1台；2025年购置消防宣传车1台",
                    LocalDate.of(2025, 12, 31), "milestones", 1,
                    List.of("t3-6-equipment/water-tank-engine", "t3-6-equipment/publicity-vehicle",
                            "t3-6-equipment/rescue-equipment-10000"), Map.of()));
}
