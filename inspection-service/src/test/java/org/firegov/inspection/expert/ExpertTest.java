package org.firegov.inspection.expert;

import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.firegov.inspection.expert.ExpertCommands.DeclareExpertConflict;
import org.firegov.inspection.expert.ExpertCommands.DrawExperts;
import org.firegov.inspection.expert.ExpertCommands.RegisterExpert;
import org.firegov.inspection.expert.ExpertCommands.RetireExpert;
import org.firegov.inspection.expert.ExpertEvents.ExpertConflictDeclared;
import org.firegov.inspection.expert.ExpertEvents.ExpertRegistered;
import org.firegov.inspection.expert.ExpertEvents.ExpertRetired;
import org.firegov.inspection.expert.ExpertEvents.ExpertsDrawn;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ExpertTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final ExpertRegistered REGISTERED = new ExpertRegistered("e-1", "张工", "electrical",
            List.of("注册消防工程师"), Set.of());

    @Test
    void an_expert_needs_a_qualification_and_declares_each_conflict_once() {
        AggregateTestFixture<Expert> fixture = new AggregateTestFixture<>(Expert.class);
        fixture.givenNoPriorActivity().when(new RegisterExpert("e-1", "张工", "electrical", List.of(), Set.of()))
                .expectException(BusinessRuleViolation.class);
        fixture.givenNoPriorActivity().when(new RegisterExpert("e-1", "张工", "electrical",
                List.of("注册消防工程师"), null)).expectEvents(REGISTERED);
        fixture.given(REGISTERED).when(new DeclareExpertConflict("e-1", UNIT))
                .expectEvents(new ExpertConflictDeclared("e-1", UNIT));
        fixture.given(REGISTERED, new ExpertConflictDeclared("e-1", UNIT)).when(new DeclareExpertConflict("e-1", UNIT))
                .expectException(BusinessRuleViolation.Conflict.class);
    }

    @Test
    void a_retired_expert_takes_no_new_conflicts() {
        AggregateTestFixture<Expert> fixture = new AggregateTestFixture<>(Expert.class);
        fixture.given(REGISTERED).when(new RetireExpert("e-1")).expectEvents(new ExpertRetired("e-1"));
        fixture.given(REGISTERED, new ExpertRetired("e-1")).when(new DeclareExpertConflict("e-1", UNIT))
                .expectException(BusinessRuleViolation.Conflict.class);
    }

    @Test
    void a_draw_never_picks_an_expert_with_a_conflict_and_records_what_re_runs_it() {
        AggregateTestFixture<ExpertDraw> fixture = new AggregateTestFixture<>(ExpertDraw.class);
        List<Inspector> pool = List.of(new Inspector("e-1", Set.of(UNIT)), new Inspector("e-2", Set.of()),
                new Inspector("e-3", Set.of()));
        fixture.givenNoPriorActivity()
                .when(new DrawExperts("d-1", UNIT, "electrical", "MAJOR_HAZARD_EVALUATION", 2, 42L, pool))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                new org.hamcrest.CustomTypeSafeMatcher<ExpertsDrawn>("two experts without conflict") {
                                    @Override
                                    protected boolean matchesSafely(ExpertsDrawn drawn) {
                                        return drawn.experts().size() == 2 && !drawn.experts().contains("e-1")
                                                && drawn.seed() == 42L && drawn.pool().equals(pool);
                                    }
                                })));
        fixture.givenNoPriorActivity()
                .when(new DrawExperts("d-2", UNIT, "electrical", "EXPERT_INSPECTION", 3, 42L, pool))
                .expectException(BusinessRuleViolation.class).expectExceptionMessage(
                        "only 2 experts of electrical without a conflict with unit " + UNIT + ", 3 needed");
    }
}
