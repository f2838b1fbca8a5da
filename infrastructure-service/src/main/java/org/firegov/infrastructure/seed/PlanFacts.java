package org.firegov.infrastructure.seed;

/**
 * Figures the plan states about public fire infrastructure at the end of the 13th five-year period (2016–2020).
 * They are facts of the plan, not registry entries: the 291 hydrants are not individually in the registry.
 */
public record PlanFacts(
        /* 消防救援站 */ int fireRescueStations,
        /* 政府专职消防队 */ int governmentFullTimeBrigades,
        /* 微型消防站 */ int microFireStations,
        /* 新建市政消火栓 2016–2020 */ int hydrantsBuilt2016To2020,
        /* 取水设施 2016–2020 */ int intakeFacilitiesBuilt2016To2020,
        /* 新招录政府专职消防员 2016–2020 */ int fullTimeFirefightersRecruited2016To2020,
        /* 消防执勤车辆 2016–2020 */ int dutyVehiclesBought2016To2020,
        String source) {

    public static final PlanFacts OF_THE_PLAN = new PlanFacts(2, 6, 110, 291, 15, 57, 5,
            "巫溪县“十四五”消防救援事业发展规划, 一（一） “十三五”时期工作回顾");
}
