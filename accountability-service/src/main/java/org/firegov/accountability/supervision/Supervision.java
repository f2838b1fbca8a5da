package org.firegov.accountability.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The county's calendar day, for the supervision tools' dates. */
final class Supervision {

    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(COUNTY));
    }

    private Supervision() {
    }
}
