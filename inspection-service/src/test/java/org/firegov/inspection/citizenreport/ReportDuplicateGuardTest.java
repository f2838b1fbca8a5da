package org.firegov.inspection.citizenreport;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.citizenreport.CitizenReportEvents.ReportTextClaimed;
import org.junit.jupiter.api.Test;

/** The same text at the same place is the first report while the window lasts, and a new first report after it. */
class ReportDuplicateGuardTest {

    private static final Instant FIRST = Instant.parse("2026-11-29T08:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    /** What {@link CitizenReportFiling} does with the guard, as a command the fixture can send. */
    record Claim(@TargetAggregateIdentifier String duplicateKey, String reportId, Instant now) {
    }

    static final class ClaimHandler {
        private final Repository<ReportDuplicateGuard> guards;

        ClaimHandler(Repository<ReportDuplicateGuard> guards) {
            this.guards = guards;
        }

        @CommandHandler
        String handle(Claim claim) throws Exception {
            return guards.load(claim.duplicateKey()).invoke(guard -> guard.claim(claim.reportId(), claim.now(), DAY));
        }
    }

    private final AggregateTestFixture<ReportDuplicateGuard> fixture = new AggregateTestFixture<>(ReportDuplicateGuard.class);

    {
        fixture.registerAnnotatedCommandHandler(new ClaimHandler(fixture.getRepository()));
    }

    @Test
    void within_the_window_the_first_report_holds_the_text() {
        fixture.given(new ReportTextClaimed("k", "r-1", FIRST))
                .when(new Claim("k", "r-2", FIRST.plus(Duration.ofHours(23))))
                .expectNoEvents()
                .expectResultMessagePayload("r-1");
    }

    @Test
    void after_the_window_the_next_report_is_a_new_first() {
        Instant later = FIRST.plus(DAY);
        fixture.given(new ReportTextClaimed("k", "r-1", FIRST))
                .when(new Claim("k", "r-2", later))
                .expectEvents(new ReportTextClaimed("k", "r-2", later))
                .expectResultMessagePayload("r-2");
    }
}
