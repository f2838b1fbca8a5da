package org.firegov.accountability.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The stretch of an assessment year that evidence is measured over: from the year's start to its end or to
 * {@code asOf}, whichever comes first. Live scores use now; the trend by quarter uses each quarter's end, so a
 * score "as it stood" is computed from the facts' own timestamps.
 */
public record AssessmentPeriod(int year, Instant asOf) {

    /** The county's clock (Asia/Shanghai): years, quarters and deadlines are local dates. */
    public static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    public static AssessmentPeriod live(int year) {
        return new AssessmentPeriod(year, Instant.now());
    }

    /** The year's start (inclusive). */
    public Instant start() {
        return startOf(year);
    }

    /** The earlier of the year's end and {@code asOf} (exclusive). */
    public Instant end() {
        Instant yearEnd = startOf(year + 1);
        return yearEnd.isBefore(asOf) ? yearEnd : asOf;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    /** The last day counted: the year's last day or the day of {@code asOf}, whichever is earlier. */
    public LocalDate lastDay() {
        LocalDate asOfDay = LocalDate.ofInstant(asOf, COUNTY);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return asOfDay.isBefore(yearEnd) ? asOfDay : yearEnd;
    }

    /** A {@code LocalDate} field falls in the period. */
    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    private static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(COUNTY).toInstant();
    }
}
