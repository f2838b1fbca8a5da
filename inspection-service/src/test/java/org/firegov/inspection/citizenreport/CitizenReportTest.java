package org.firegov.inspection.citizenreport;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.citizenreport.CitizenReportCommands.DismissCitizenReport;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportDismissed;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportPlaced;
import org.firegov.inspection.citizenreport.CitizenReportEvents.CitizenReportReceived;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** The brigade dismisses an unplaced report once, with a reason; a report that is a hazard is not dismissed. */
class CitizenReportTest {

    private static final CitizenReportReceived UNPLACED = new CitizenReportReceived("r-1", "ABCD-EFGH-JKMN", null,
            "dahe", "老街12号", "电动车在室内充电", null, "report-text-1", null);

    private final AggregateTestFixture<CitizenReport> fixture = new AggregateTestFixture<>(CitizenReport.class);

    @Test
    void an_unplaced_report_is_dismissed_with_a_reason() {
        fixture.given(UNPLACED).when(new DismissCitizenReport("r-1", " 地点不明 "))
                .expectEvents(new CitizenReportDismissed("r-1", "地点不明"));
        fixture.given(UNPLACED).when(new DismissCitizenReport("r-1", " "))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void a_dismissed_or_placed_report_is_not_dismissed_again() {
        fixture.given(UNPLACED, new CitizenReportDismissed("r-1", "地点不明"))
                .when(new DismissCitizenReport("r-1", "重复"))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectExceptionMessage("report r-1 was dismissed");
        fixture.given(UNPLACED, new CitizenReportPlaced("r-1", "91500238MA5U7K3L74", "h-1"))
                .when(new DismissCitizenReport("r-1", "重复"))
                .expectException(BusinessRuleViolation.Conflict.class);
        fixture.given(new CitizenReportReceived("r-1", "ABCD-EFGH-JKMN", "91500238MA5U7K3L74", null, null,
                        "安全出口锁闭", null, "report-text-2", "h-1"))
                .when(new DismissCitizenReport("r-1", "重复"))
                .expectException(BusinessRuleViolation.Conflict.class);
    }
}
