package org.firegov.accountability.scheme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.scheme.SchemeCommands.DraftScheme;
import org.firegov.accountability.scheme.SchemeCommands.LockScheme;
import org.firegov.kit.axon.DuplicateAggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An example scheme for the current year (demo data: the committee sets the county's real weights), drafted and
 * locked through the command path so a scheme is in force from the first start. Idempotent across restarts.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true")
class ExampleSchemeSeed implements ApplicationRunner {

    static final List<Indicator> INDICATORS = List.of(
            new Indicator("hazards-on-time", "隐患按期整改率", 10, Metric.HAZARDS_RECTIFIED_ON_TIME_RATE,
                    ScoringRule.linear(60, 100)),
            new Indicator("overdue-hazards", "逾期未改隐患（每处扣1分）", 10, Metric.OVERDUE_HAZARDS,
                    ScoringRule.deduction(1, 10.0)),
            new Indicator("major-hazards", "重大火灾隐患未销案（每处扣5分）", 10, Metric.MAJOR_HAZARDS_OPEN,
                    ScoringRule.deduction(5, 10.0)),
            new Indicator("tasks-on-time", "责任清单按期完成率", 5, Metric.TASKS_ON_TIME_RATE,
                    ScoringRule.linear(50, 100)),
            new Indicator("random-inspection", "双随机抽查完成率", 5, Metric.RANDOM_INSPECTION_COMPLETION_RATE,
                    ScoringRule.linear(60, 100)),
            new Indicator("self-inspection", "单位自查覆盖率", 10, Metric.SELF_INSPECTION_COVERAGE_RATE,
                    ScoringRule.linear(50, 100)),
            new Indicator("campaigns", "宣传活动开展率（≥90%得满分）", 10, Metric.CAMPAIGNS_HELD_RATE,
                    ScoringRule.threshold(90)),
            new Indicator("people-reached", "每千人受教育人数（100人得满分）", 5, Metric.PEOPLE_REACHED_PER_THOUSAND,
                    ScoringRule.linear(0, 100)),
            new Indicator("certificates", "培训持证人数（20人得满分）", 5, Metric.CERTIFICATES_ISSUED,
                    ScoringRule.linear(0, 20)),
            new Indicator("milestones", "重点工程节点按期率", 5, Metric.MILESTONES_ON_TIME_RATE,
                    ScoringRule.linear(50, 100)),
            new Indicator("hydrants", "市政消火栓完好率", 5, Metric.HYDRANT_INTACT_RATE, ScoringRule.linear(90, 98)),
            new Indicator("fire-deaths", "火灾亡人（每人扣5分）", 10, Metric.FIRE_DEATHS, ScoringRule.deduction(5, 10.0)),
            new Indicator("dual-regular", "“双定期”研究报告（委员会评分）", 10, null, ScoringRule.manual()));

    private final CommandGateway commands;
    private final Clock clock;

    ExampleSchemeSeed(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        String schemeId = SchemeCommands.schemeId(year, 1);
        try {
            commands.sendAndWait(new DraftScheme(schemeId, year, 1, INDICATORS, GradeBands.DEFAULT, true));
        } catch (RuntimeException failure) {
            if (!DuplicateAggregate.causedBy(failure)) {
                throw failure;
            }
            return; // seeded before
        }
        try {
            commands.sendAndWait(new LockScheme(schemeId));
        } catch (BusinessRuleViolation.Conflict alreadyLocked) {
            // a previous start locked it
        }
    }
}
