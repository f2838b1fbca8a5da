package org.firegov.inspection.incident;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.incident.IncidentCommands.ConcludeExtendedInvestigation;
import org.firegov.inspection.incident.IncidentCommands.InvestigateFire;
import org.firegov.inspection.incident.IncidentCommands.PartyType;
import org.firegov.inspection.incident.IncidentCommands.ResponsibilityFinding;
import org.firegov.inspection.incident.IncidentCommands.Severity;
import org.firegov.inspection.incident.IncidentEvents.ExtendedInvestigationConcluded;
import org.firegov.inspection.incident.IncidentEvents.FireInvestigated;
import org.firegov.inspection.incident.IncidentEvents.IncidentRecorded;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** 火灾调查 and 延伸调查: once each, the extended one only for fatal or influential fires after the investigation. */
class InvestigationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final IncidentRecorded FATAL_FIRE = fire(1);
    private static final IncidentRecorded SMALL_FIRE = fire(0);
    private static final FireInvestigated INVESTIGATED = new FireInvestigated("i-1", "xiabao", "education",
            "电动自行车室内充电引发", "责任单位未落实日常巡查");
    private static final List<ResponsibilityFinding> FINDINGS = List.of(
            new ResponsibilityFinding(PartyType.TOWN, "xiabao", "属地未开展电动自行车专项检查", Severity.SERIOUS),
            new ResponsibilityFinding(PartyType.DEPARTMENT, "education", "行业部门未督促学校整改", Severity.MINOR));

    private final AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);

    private static IncidentRecorded fire(int deaths) {
        return new IncidentRecorded("i-1", "xiabao", "91500238MA5U7K3L74", "education", DAY, IncidentKind.FIRE,
                "起火", false, deaths, 0, 50_000, 1, false);
    }

    @Test
    void a_fire_is_investigated_once() {
        fixture.given(SMALL_FIRE).when(new InvestigateFire("i-1", "电动自行车室内充电引发", "责任单位未落实日常巡查"))
                .expectEvents(INVESTIGATED);
        fixture.given(SMALL_FIRE, INVESTIGATED).when(new InvestigateFire("i-1", "再次", "再次"))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
    }

    @Test
    void a_rescue_or_a_historical_entry_is_not_investigated() {
        fixture.given(new IncidentRecorded("i-1", "xiabao", null, null, DAY, IncidentKind.RESCUE, null, false, 0, 0,
                        0, 1, false)).when(new InvestigateFire("i-1", "c", "c"))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(new IncidentRecorded("i-1", "county", null, null, DAY, IncidentKind.FIRE, null, false, 1, 0,
                        0, 76, true)).when(new InvestigateFire("i-1", "c", "c"))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void a_fatal_fire_gets_one_extended_investigation_with_findings_per_party() {
        ExtendedInvestigationConcluded concluded = new ExtendedInvestigationConcluded("i-1", "xiabao", "education",
                DAY, 1, false, "亡人火灾延伸调查", FINDINGS);
        fixture.given(FATAL_FIRE, INVESTIGATED)
                .when(new ConcludeExtendedInvestigation("i-1", false, "亡人火灾延伸调查", FINDINGS))
                .expectEvents(concluded);
        fixture.given(FATAL_FIRE, INVESTIGATED, concluded)
                .when(new ConcludeExtendedInvestigation("i-1", false, "again", FINDINGS))
                .expectException(BusinessRuleViolation.Conflict.class).expectNoEvents();
    }

    @Test
    void an_influential_fire_without_deaths_gets_one_but_an_ordinary_fire_does_not() {
        fixture.given(SMALL_FIRE, INVESTIGATED)
                .when(new ConcludeExtendedInvestigation("i-1", true, "有重大社会影响", FINDINGS))
                .expectEvents(new ExtendedInvestigationConcluded("i-1", "xiabao", "education", DAY, 0, true,
                        "有重大社会影响", FINDINGS));
        fixture.given(SMALL_FIRE, INVESTIGATED)
                .when(new ConcludeExtendedInvestigation("i-1", false, "普通火灾", FINDINGS))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage(
                        "an extended investigation (延伸调查) is for fires with deaths or of major social influence");
    }

    @Test
    void the_extended_investigation_follows_the_investigation_and_names_someone() {
        fixture.given(FATAL_FIRE).when(new ConcludeExtendedInvestigation("i-1", false, "s", FINDINGS))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("incident i-1 needs its investigation (火灾调查) first");
        fixture.given(FATAL_FIRE, INVESTIGATED).when(new ConcludeExtendedInvestigation("i-1", false, "s", List.of()))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }
}
