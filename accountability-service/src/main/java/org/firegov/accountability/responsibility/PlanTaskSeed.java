package org.firegov.accountability.responsibility;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.responsibility.TaskCommands.AssignTask;
import org.firegov.kit.axon.DuplicateAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Assigns the plan's recurring main tasks (section 三) for the current period, through the command path. Task ids
 * are derived from section, party and period, so a restart (or a second instance) never assigns one twice.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true")
class PlanTaskSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanTaskSeed.class);
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    record PlanTask(String section, PartyKind kind, String code, String title, boolean halfYearly) {
    }

    /** From the plan's main tasks (三、主要任务). */
    static final List<PlanTask> TASKS = List.of(
            new PlanTask("三(二)4", PartyKind.DEPARTMENT, "civil-affairs", "行业系统消防安全风险分析研判（每半年一次）", true),
            new PlanTask("三(二)4", PartyKind.DEPARTMENT, "commerce", "行业系统消防安全风险分析研判（每半年一次）", true),
            new PlanTask("三(二)4", PartyKind.DEPARTMENT, "education", "行业系统消防安全风险分析研判（每半年一次）", true),
            new PlanTask("三(二)4", PartyKind.DEPARTMENT, "health", "行业系统消防安全风险分析研判（每半年一次）", true),
            new PlanTask("三(二)4", PartyKind.DEPARTMENT, "culture-tourism", "行业系统消防安全风险分析研判（每半年一次）", true),
            new PlanTask("三(二)4", PartyKind.DEPARTMENT, "ethnic-religious", "行业系统消防安全风险分析研判（每半年一次）", true),
            new PlanTask("三(一)2", PartyKind.DEPARTMENT, "education", "打造学校消防安全标准化管理示范标杆", false),
            new PlanTask("三(一)2", PartyKind.DEPARTMENT, "civil-affairs", "打造养老机构消防安全标准化管理示范标杆", false),
            new PlanTask("三(一)2", PartyKind.DEPARTMENT, "health", "打造医院消防安全标准化管理示范标杆", false),
            new PlanTask("三(一)2", PartyKind.DEPARTMENT, "culture-tourism", "打造旅游景区、文物古建筑消防安全标准化管理示范标杆", false),
            new PlanTask("三(三)2", PartyKind.DEPARTMENT, "housing", "市政消火栓与新建道路同步设计、同步施工、同步投用", false),
            new PlanTask("三(三)1", PartyKind.TOWN, "fenghuang", "乡镇消防安全委员会定期分析研判、联合会商、督导检查", true),
            new PlanTask("三(三)1", PartyKind.TOWN, "xiabao", "乡镇消防安全委员会定期分析研判、联合会商、督导检查", true),
            new PlanTask("三(三)1", PartyKind.TOWN, "tongcheng", "乡镇消防安全委员会定期分析研判、联合会商、督导检查", true),
            new PlanTask("三(三)1", PartyKind.TOWN, "dahe", "乡镇消防安全委员会定期分析研判、联合会商、督导检查", true),
            new PlanTask("三(三)1", PartyKind.TOWN, "yulin", "乡镇消防安全委员会定期分析研判、联合会商、督导检查", true),
            new PlanTask("三(三)1", PartyKind.TOWN, "bailu", "乡镇消防安全委员会定期分析研判、联合会商、督导检查", true),
            new PlanTask("三(三)1", PartyKind.TOWN, "hongchiba", "乡镇消防安全委员会定期分析研判、联合会商、督导检查", true));

    private final CommandGateway commands;
    private final Clock clock;

    PlanTaskSeed(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock.withZone(COUNTY));
        int assigned = 0;
        for (PlanTask task : TASKS) {
            LocalDate periodEnd = task.halfYearly() && today.getMonthValue() <= 6
                    ? LocalDate.of(today.getYear(), 6, 30) : LocalDate.of(today.getYear(), 12, 31);
            String period = task.halfYearly() ? today.getYear() + (today.getMonthValue() <= 6 ? "H1" : "H2")
                    : String.valueOf(today.getYear());
            String taskId = UUID.nameUUIDFromBytes((task.section() + "|" + task.kind() + "|" + task.code() + "|"
                    + task.title() + "|" + period).getBytes(StandardCharsets.UTF_8)).toString();
            try {
                commands.sendAndWait(new AssignTask(taskId, task.kind(), task.code(), task.section(),
                        task.title() + "（" + period + "）",
                        periodEnd.plusDays(1).atStartOfDay(COUNTY).toInstant(), clock.instant()));
                assigned++;
            } catch (RuntimeException failure) {
                if (!DuplicateAggregate.causedBy(failure)) {
                    throw failure;
                }
            }
        }
        if (assigned > 0) {
            log.info("Assigned {} responsibility tasks from the plan for the current period", assigned);
        }
    }
}
