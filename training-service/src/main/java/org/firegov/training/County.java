package org.firegov.training;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The county's calendar: "today" for held dates, exams and the public calendar is the date in Chongqing; dates
 * outside 2000–2100 are typos (and would not fit the read models' date type), never real campaigns or courses.
 */
public final class County {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static boolean plausible(LocalDate date) {
        return date != null && !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    private County() {
    }
}
