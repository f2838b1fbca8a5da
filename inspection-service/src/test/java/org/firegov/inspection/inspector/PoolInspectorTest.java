package org.firegov.inspection.inspector;

import static org.firegov.inspection.RuleViolations.code;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.inspector.InspectorCommands.DeclareConflict;
import org.firegov.inspection.inspector.InspectorCommands.RegisterInspector;
import org.firegov.inspection.inspector.InspectorEvents.ConflictDeclared;
import org.firegov.inspection.inspector.InspectorEvents.InspectorRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoolInspectorTest {

    private static final InspectorRegistered REGISTERED = new InspectorRegistered("i-1", "张伟", false);
    private AggregateTestFixture<PoolInspector> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PoolInspector.class);
    }

    @Test
    void an_inspector_joins_the_pool_and_declares_conflicts_once_each() {
        fixture.givenNoPriorActivity().when(new RegisterInspector("i-1", "张伟", false)).expectEvents(REGISTERED);
        fixture.given(REGISTERED).when(new DeclareConflict("i-1", "U1")).expectEvents(new ConflictDeclared("i-1", "U1"));
        fixture.given(REGISTERED, new ConflictDeclared("i-1", "U1")).when(new DeclareConflict("i-1", "U1"))
                .expectException(code("conflict-already-declared")).expectNoEvents();
    }
}
