package org.firegov.inspection.unit;

import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.axon.EventStoreContents;
import org.firegov.inspection.unit.UnitCommands.RegisterUnit;
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
 * Demo units (marked {@code demo}) of the kinds the plan names — commercial complexes, high-rise buildings, units
 * holding flammable or explosive goods, schools, hospitals, elderly care, tourist sites, farm stays — registered
 * through the real command path when the event store holds no unit yet. Their credit codes start with
 * {@code 91500238MADEM} so they never collide with real ones. The demo unit of the README ({@code unit1}) is not
 * seeded: the walk-through and the end-to-end tests register it themselves.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before DemoRegistrySeed: this one runs on an empty registry only
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true", matchIfMissing = true)
class UnitSeed implements ApplicationRunner {

    /** The plan's registry figures (规划 一、(一)): high-rise buildings, commercial complexes over 20,000 m², dangerous-goods units. */
    static final int PLAN_HIGH_RISE_BUILDINGS = 140;
    static final int PLAN_COMMERCIAL_COMPLEXES = 2;
    static final int PLAN_FLAMMABLE_EXPLOSIVE_UNITS = 38;

    private static final Logger log = LoggerFactory.getLogger(UnitSeed.class);

    private final CommandGateway commands;
    private final EventStoreContents store;

    UnitSeed(CommandGateway commands, EventStoreContents store) {
        this.commands = commands;
        this.store = store;
    }

    record Demo(String name, String address, String town, String department, UnitCategory category, RiskGrade grade) {
    }

    static List<Demo> demos() {
        return List.of(
                new Demo("凤凰商贸城", "凤凰镇滨河路", "fenghuang", "commerce", UnitCategory.COMMERCIAL_COMPLEX, RiskGrade.HIGH_RISK),
                new Demo("巫溪县城市综合体", "凤凰镇新城大道", "fenghuang", "commerce", UnitCategory.COMMERCIAL_COMPLEX, RiskGrade.HIGH_RISK),
                new Demo("凤凰镇滨江高层住宅小区", "凤凰镇滨江路", "fenghuang", "housing", UnitCategory.HIGH_RISE, RiskGrade.KEY),
                new Demo("下堡镇液化石油气供应站", "下堡镇场镇", "xiabao", "emergency", UnitCategory.FLAMMABLE_EXPLOSIVE, RiskGrade.HIGH_RISK),
                new Demo("下堡镇初级中学", "下堡镇学府路", "xiabao", "education", UnitCategory.SCHOOL, RiskGrade.KEY),
                new Demo("通城镇卫生院", "通城镇正街", "tongcheng", "health", UnitCategory.HOSPITAL, RiskGrade.KEY),
                new Demo("通城镇敬老院", "通城镇长岭村", "tongcheng", "civil-affairs", UnitCategory.ELDERLY_CARE, RiskGrade.KEY),
                new Demo("红池坝景区游客中心", "红池坝景区", "hongchiba", "culture-tourism", UnitCategory.TOURIST_SITE, RiskGrade.KEY),
                new Demo("大河乡山居农家乐", "大河乡", "dahe", "culture-tourism", UnitCategory.FARM_STAY, RiskGrade.GENERAL),
                new Demo("鱼鳞乡物流仓储点", "鱼鳞乡", "yulin", "commerce", UnitCategory.LOGISTICS_WAREHOUSE, RiskGrade.GENERAL));
    }

    static String demoCode(int index) {
        return UnifiedSocialCreditCode.withCheckCharacter("91500238MADEM%04d".formatted(index + 1));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.holdsAny("Unit")) {
            return;
        }
        List<Demo> demos = demos();
        for (int i = 0; i < demos.size(); i++) {
            Demo demo = demos.get(i);
            commands.sendAndWait(new RegisterUnit(demoCode(i), demo.name(), demo.address(), demo.town(),
                    demo.department(), Set.of(demo.category()), demo.grade(), true));
        }
        log.info("Seeded {} demo units; plan figures: {} high-rise buildings, {} commercial complexes, {} "
                        + "flammable/explosive units", demos.size(), PLAN_HIGH_RISE_BUILDINGS, PLAN_COMMERCIAL_COMPLEXES,
                PLAN_FLAMMABLE_EXPLOSIVE_UNITS);
    }
}
