package org.firegov.accountability.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.GradeBands.Grade;
import org.springframework.stereotype.Component;

/**
 * The trend by quarter (季度走势): every party's score as it stood at the end of each quarter of the year that has
 * begun, computed from the facts' timestamps under the scheme in force; the running quarter is "so far".
 */
@Component
class QuarterlyTrend {

    /** A party's score at a quarter's end (or now, for the running quarter: {@code complete} false). */
    record QuarterScore(int quarter, Instant asOf, boolean complete, double total, Grade grade, boolean vetoed,
                        int rank, Map<String, Double> points) {
    }

    private final Scoreboard scoreboard;
    private final Clock clock;

    QuarterlyTrend(Scoreboard scoreboard, Clock clock) {
        this.scoreboard = scoreboard;
        this.clock = clock;
    }

    Map<ResponsibleParty, List<QuarterScore>> of(int year) {
        Instant now = clock.instant();
        Map<ResponsibleParty, List<QuarterScore>> trend = new LinkedHashMap<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            Instant start = startOfQuarter(year, quarter);
            if (start.isAfter(now)) {
                break;
            }
            Instant end = quarter == 4 ? startOfQuarter(year + 1, 1) : startOfQuarter(year, quarter + 1);
            boolean complete = !end.isAfter(now);
            Instant asOf = complete ? end : now;
            for (PartyScore score : scoreboard.ranked(new AssessmentPeriod(year, asOf))) {
                trend.computeIfAbsent(score.party(), party -> new ArrayList<>()).add(new QuarterScore(quarter, asOf,
                        complete, score.total(), score.grade(), score.vetoed(), score.rank(), score.points()));
            }
        }
        return trend;
    }

    private static Instant startOfQuarter(int year, int quarter) {
        return LocalDate.of(year, 3 * (quarter - 1) + 1, 1).atStartOfDay(AssessmentPeriod.COUNTY).toInstant();
    }
}
