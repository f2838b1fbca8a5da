package org.firegov.infrastructure.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan's recruitment target (Table 3, item 5): 15 government full-time firefighters, 3 a year 2021–2025,
 * against those hired. Pure: counts in, comparison out.
 */
public final class RecruitmentPlan {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;
    static final int PER_YEAR = 3;

    /** One year: planned and hired that year, and both cumulated since 2021. */
    public record Year(int year, int planned, int hired, int plannedToDate, int hiredToDate, boolean onTrack) {
    }

    public record Progress(int target, int hired, boolean targetMet, List<Year> years) {
    }

    static Progress of(Map<Integer, Integer> hiredByYear) {
        List<Year> years = new ArrayList<>();
        int plannedToDate = 0;
        int hiredToDate = 0;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int hired = hiredByYear.getOrDefault(year, 0);
            plannedToDate += PER_YEAR;
            hiredToDate += hired;
            years.add(new Year(year, PER_YEAR, hired, plannedToDate, hiredToDate, hiredToDate >= plannedToDate));
        }
        int target = PER_YEAR * (LAST_YEAR - FIRST_YEAR + 1);
        int total = hiredByYear.values().stream().mapToInt(Integer::intValue).sum();
        return new Progress(target, total, total >= target, years);
    }

    private RecruitmentPlan() {
    }
}
