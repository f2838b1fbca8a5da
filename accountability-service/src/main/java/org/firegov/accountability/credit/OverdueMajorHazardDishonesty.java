package org.firegov.accountability.credit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.credit.DishonestyCommands.RecordDishonesty;
import org.firegov.events.inspection.HazardOverdueV1;
import org.firegov.kit.axon.DuplicateAggregate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 重大火灾隐患逾期未改: a major hazard left past its rectification deadline is a violation that puts its unit on the
 * dishonesty list (basis {@link DishonestyBasis#VIOLATION}) for {@code firegov.credit.overdue-major-hazard-period}
 * (default one year) from the day it went overdue. One record per hazard and deadline (the id is derived from both),
 * so re-deliveries and the fact replay never record twice; a record whose period would already be over is not made.
 * An ordinary hazard going overdue is left to the assessment (it costs its town and department points).
 */
@Component
public class OverdueMajorHazardDishonesty {

    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final Clock clock;
    private final Period period;

    OverdueMajorHazardDishonesty(CommandGateway commands, Clock clock,
                                 @Value("${firegov.credit.overdue-major-hazard-period:P1Y}") Period period) {
        this.commands = commands;
        this.clock = clock;
        this.period = period;
    }

    /** Called with each overdue hazard, {@code major} and the unit's name as this service knows them. */
    public void consider(HazardOverdueV1 overdue, boolean major, String unitName) {
        LocalDate from = LocalDate.ofInstant(overdue.overdueAt(), COUNTY);
        LocalDate until = from.plus(period);
        if (!major || !until.isAfter(LocalDate.now(clock.withZone(COUNTY)))) {
            return;
        }
        String recordId = UUID.nameUUIDFromBytes(("逾期重大隐患|" + overdue.hazardId() + "|" + overdue.deadline())
                .getBytes(StandardCharsets.UTF_8)).toString();
        try {
            commands.sendAndWait(new RecordDishonesty(recordId, overdue.unitId(),
                    unitName == null ? overdue.unitId() : unitName, overdue.town(), overdue.department(),
                    DishonestyBasis.VIOLATION, "重大火灾隐患逾期未整改（隐患 " + overdue.hazardId() + "，整改期限 "
                            + overdue.deadline() + "）", from, until));
        } catch (RuntimeException failure) {
            if (!DuplicateAggregate.causedBy(failure)) {
                throw failure;
            }
        }
    }
}
