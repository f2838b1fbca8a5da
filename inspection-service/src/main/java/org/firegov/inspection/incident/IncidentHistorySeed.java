package org.firegov.inspection.incident;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.incident.IncidentCommands.RecordIncident;
import org.firegov.kit.axon.DuplicateAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The plan's "十三五" history (Table 1, 火灾基本情况, and Table 2, 警情基本情况, 2016–2020), recorded as historical,
 * county-wide ({@code town = county}) incidents through the real command path, so statistics run on from 2016. Each
 * entry has a fixed id ({@code history-<year>-<kind>}): a restart records nothing twice. Figures exactly as the plan
 * states them; direct losses are given in 万元 and stored in yuan.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true", matchIfMissing = true)
class IncidentHistorySeed implements ApplicationRunner {

    static final String COUNTY = "county";
    private static final Logger log = LoggerFactory.getLogger(IncidentHistorySeed.class);

    /** One year of Tables 1 and 2: fires, deaths, injuries, direct loss (万元); rescue, social assistance, other. */
    record Year(int year, int fires, int deaths, int injuries, double lossTenThousandYuan, int rescue,
                int socialAssistance, int other) {
    }

    static final List<Year> PLAN = List.of(
            new Year(2016, 76, 0, 0, 85.4, 76, 73, 74),
            new Year(2017, 47, 1, 0, 60.6, 107, 165, 161),
            new Year(2018, 247, 0, 2, 39.7, 90, 113, 19),
            new Year(2019, 218, 1, 4, 77.2, 106, 276, 15),
            new Year(2020, 200, 2, 0, 54.1, 75, 140, 22));

    private final CommandGateway commands;

    IncidentHistorySeed(CommandGateway commands) {
        this.commands = commands;
    }

    static String idOf(int year, IncidentKind kind) {
        return "history-" + year + "-" + kind.name().toLowerCase();
    }

    @Override
    public void run(ApplicationArguments args) {
        int recorded = 0;
        for (Year year : PLAN) {
            LocalDate yearEnd = LocalDate.of(year.year(), 12, 31);
            recorded += record(year.year(), IncidentKind.FIRE, yearEnd, year.fires(), year.deaths(), year.injuries(),
                    Math.round(year.lossTenThousandYuan() * 10_000));
            recorded += record(year.year(), IncidentKind.RESCUE, yearEnd, year.rescue(), 0, 0, 0);
            recorded += record(year.year(), IncidentKind.SOCIAL_ASSISTANCE, yearEnd, year.socialAssistance(), 0, 0, 0);
            recorded += record(year.year(), IncidentKind.OTHER, yearEnd, year.other(), 0, 0, 0);
        }
        if (recorded > 0) {
            log.info("Recorded {} historical entries of the plan's 2016–2020 fires and call-outs", recorded);
        }
    }

    private int record(int year, IncidentKind kind, LocalDate on, int count, int deaths, int injuries, long loss) {
        try {
            commands.sendAndWait(new RecordIncident(idOf(year, kind), COUNTY, null, null, on, kind,
                    "《巫溪县“十四五”消防救援事业发展规划》表1、表2", false, deaths, injuries, loss, count, true));
            return 1;
        } catch (RuntimeException failure) {
            if (DuplicateAggregate.causedBy(failure)) {
                return 0;
            }
            throw failure;
        }
    }
}
