package org.firegov.inspection.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.unit.UnitCommands.RegisterUnit;
import org.firegov.kit.axon.EventStoreContents;
import org.firegov.kit.validation.UnifiedSocialCreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo registry (演示单位库, marked {@code demo}, names ending in （演示）) large enough for double-random draws and
 * dashboards: {@link #SIZE} units across the plan's towns and the departments, in the plan's kinds of unit, with
 * valid unified social credit codes {@code 91500238MADER0001…}. Opt-in ({@code firegov.seed.registry.enabled}; the
 * local stack turns it on), because tests and services that count units expect only the ten {@link UnitSeed} units.
 * Registered through the real command path; each unit only if the event store does not hold it, so a restart (or
 * turning it on later) registers exactly the missing ones.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after UnitSeed, which seeds only an empty registry
@ConditionalOnProperty(name = "firegov.seed.registry.enabled", havingValue = "true")
class DemoRegistrySeed implements ApplicationRunner {

    static final int SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(DemoRegistrySeed.class);

    /** The towns the plan names, the county seat Fenghuang three times as often. */
    private static final List<String[]> TOWNS = List.of(new String[] {"fenghuang", "凤凰镇"},
            new String[] {"fenghuang", "凤凰镇"}, new String[] {"fenghuang", "凤凰镇"}, new String[] {"xiabao", "下堡镇"},
            new String[] {"tongcheng", "通城镇"}, new String[] {"dahe", "大河乡"}, new String[] {"yulin", "鱼鳞乡"},
            new String[] {"bailu", "白鹿镇"}, new String[] {"hongchiba", "红池坝镇"});

    /** How many of each kind, its supervising department (行业主管部门), its name and its risk grade. */
    private record Kind(UnitCategory category, int count, String department, String label, RiskGrade grade) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(UnitCategory.HIGH_RISE, 40, "housing", "高层住宅小区", RiskGrade.KEY),
            new Kind(UnitCategory.FLAMMABLE_EXPLOSIVE, 20, "emergency", "加油加气站", RiskGrade.HIGH_RISK),
            new Kind(UnitCategory.SCHOOL, 20, "education", "学校", RiskGrade.KEY),
            new Kind(UnitCategory.HOSPITAL, 10, "health", "卫生院", RiskGrade.KEY),
            new Kind(UnitCategory.ELDERLY_CARE, 10, "civil-affairs", "养老院", RiskGrade.KEY),
            new Kind(UnitCategory.WELFARE_INSTITUTION, 4, "civil-affairs", "儿童福利院", RiskGrade.KEY),
            new Kind(UnitCategory.TOURIST_SITE, 8, "culture-tourism", "景区", RiskGrade.KEY),
            new Kind(UnitCategory.HERITAGE_BUILDING, 6, "culture-tourism", "古建筑", RiskGrade.KEY),
            new Kind(UnitCategory.PUBLIC_GATHERING_PLACE, 20, "commerce", "商场超市", RiskGrade.KEY),
            new Kind(UnitCategory.UNDERGROUND_WORKS, 4, "housing", "地下车库", RiskGrade.GENERAL),
            new Kind(UnitCategory.THREE_IN_ONE, 14, "commerce", "“三合一”门店", RiskGrade.GENERAL),
            new Kind(UnitCategory.NINE_SMALL_VENUE, 20, "commerce", "“九小”场所", RiskGrade.GENERAL),
            new Kind(UnitCategory.FAMILY_WORKSHOP, 6, "commerce", "家庭加工作坊", RiskGrade.GENERAL),
            new Kind(UnitCategory.LOGISTICS_WAREHOUSE, 8, "commerce", "物流仓储点", RiskGrade.GENERAL),
            new Kind(UnitCategory.FARM_STAY, 10, "culture-tourism", "农家乐", RiskGrade.GENERAL));

    private final CommandGateway commands;
    private final EventStoreContents store;

    DemoRegistrySeed(CommandGateway commands, EventStoreContents store) {
        this.commands = commands;
        this.store = store;
    }

    static String code(int index) {
        return UnifiedSocialCreditCode.withCheckCharacter("91500238MADER%04d".formatted(index + 1));
    }

    /** The registry, always the same: unit {@code i} has code {@link #code}(i). */
    static List<RegisterUnit> units() {
        List<RegisterUnit> units = new ArrayList<>();
        for (Kind kind : KINDS) {
            for (int n = 1; n <= kind.count(); n++) {
                int index = units.size();
                String[] town = TOWNS.get(index % TOWNS.size());
                RiskGrade grade = kind.category() == UnitCategory.HIGH_RISE && n % 5 == 0 ? RiskGrade.HIGH_RISK
                        : kind.grade();
                units.add(new RegisterUnit(code(index), town[1] + kind.label() + n + "号（演示）",
                        town[1] + "演示路" + (index + 1) + "号", town[0], kind.department(), Set.of(kind.category()),
                        grade, true));
            }
        }
        return units;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** @return how many units were registered now (the rest were already in the event store) */
    int seed() {
        int registered = 0;
        for (RegisterUnit unit : units()) {
            if (!store.holdsAggregate("Unit", unit.unitId())) {
                commands.sendAndWait(unit);
                registered++;
            }
        }
        log.info("Demo registry: {} of {} demo units registered now", registered, SIZE);
        return registered;
    }
}
