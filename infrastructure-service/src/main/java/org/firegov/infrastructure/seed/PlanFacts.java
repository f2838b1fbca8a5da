package org.firegov.infrastructure.seed;

import java.math.BigDecimal;
import java.util.List;

/**
 * Figures the plan states about public fire infrastructure at the end of the 13th five-year period (2016–2020).
 * They are facts of the plan, not registry entries: the plan gives counts, not names, so the 2 stations, 6 brigades,
 * 110 micro stations, 291 hydrants and 15 intake facilities are not individually in the registers (no asset is
 * invented for them). {@code quotes} are the plan's own sentences the figures come from.
 */
public record PlanFacts(
        /* 消防救援站（截至2020年） */ int fireRescueStations,
        /* 政府专职消防队 */ int governmentFullTimeBrigades,
        /* 乡镇（共30个）中建成专职消防队的，建成率20% */ int towns,
        /* 新增乡镇专职消防队 2016–2020 */ int townshipBrigadesAdded2016To2020,
        /* 微型消防站 */ int microFireStations,
        /* 新建市政消火栓 2016–2020 */ int hydrantsBuilt2016To2020,
        /* 取水设施 2016–2020 */ int intakeFacilitiesBuilt2016To2020,
        /* 新招录政府专职消防员 2016–2020 */ int fullTimeFirefightersRecruited2016To2020,
        /* 消防执勤车辆 2016–2020 */ int dutyVehiclesBought2016To2020,
        /* 救援装备 1600余件（套） 2016–2020 */ int rescueEquipmentSetsBought2016To2020,
        /* 建成区面积 km²（截至2020年） */ BigDecimal builtUpAreaKm2,
        /* 消防站单点保护面积 km² */ BigDecimal protectionAreaPerStationKm2,
        String source,
        List<String> quotes) {

    public static final PlanFacts OF_THE_PLAN = new PlanFacts(2, 6, 30, 2, 110, 291, 15, 57, 5, 1600,
            new BigDecimal("9.92"), new BigDecimal("4.96"),
            "巫溪县消防救援事业发展“十四五”规划, 一（一） “十三五”时期发展成果, 一（二）3",
            List.of("购置各类消防执勤车辆5台、救援装备1600余件（套）；新建市政消火栓291个、取水设施15处，新增乡镇专职消防队2支，"
                            + "建成微型消防站110个，新招录政府专职消防员57人",
                    "将2个消防救援站、6支政府专职消防队、微型消防站和有资质的社会救援力量全部纳入调度指挥体系",
                    "截至2020年，我县建成区面积9.92平方公里，共建成消防站2个，消防站单点保护面积约4.96平方公里",
                    "作为保护农村消防安全骨干力量的乡镇专职消防队，30个乡镇仅建成6支，建成率为20%"));
}
