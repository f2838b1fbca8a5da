package org.firegov.accountability.plantargets;

import java.time.LocalDate;
import java.util.List;

/**
 * A target reached by completing key-project milestones (infrastructure's Table 3 projects), by {@code deadline}.
 *
 * @param milestones ids {@code <projectId>/<milestoneId>} as infrastructure's seed registers them
 */
record MilestoneTarget(String code, String title, String planText, LocalDate deadline, String unit,
                       double perMilestone, List<String> milestones) {

    /** The plan's key-project targets (规划 表3). */
    static final List<MilestoneTarget> PLAN = List.of(
            new MilestoneTarget("fenghuang-station", "建成凤凰消防站（一级站）", "表3 第3项：到2025年，争取建成凤凰消防站",
                    LocalDate.of(2025, 12, 31), "stations", 1,
                    List.of("t3-3-fenghuang-station/fenghuang-station-built")),
            new MilestoneTarget("township-brigades", "建成下堡、通城乡镇专职消防队", "表3 第4项：2023年，建成下堡、通城专职消防站",
                    LocalDate.of(2023, 12, 31), "brigades", 1,
                    List.of("t3-4-township-brigades/xiabao-brigade-built",
                            "t3-4-township-brigades/tongcheng-brigade-built")),
            new MilestoneTarget("recruits", "新招录15名政府专职消防员（每年3名）", "表3 第5项：2021—2025年每年招录3名",
                    LocalDate.of(2025, 12, 31), "firefighters", 3,
                    java.util.stream.IntStream.rangeClosed(2021, 2025)
                            .mapToObj(year -> "t3-5-full-time-firefighters/recruit-" + year).toList()),
            new MilestoneTarget("equipment", "购置大功率消防车1台、消防宣传车1台、装备10000余件（套）",
                    "表3 第6项：2022年购置大功率消防车1台；2025年购置消防宣传车1台",
                    LocalDate.of(2025, 12, 31), "milestones", 1,
                    List.of("t3-6-equipment/water-tank-engine", "t3-6-equipment/publicity-vehicle",
                            "t3-6-equipment/rescue-equipment-10000")));
}
