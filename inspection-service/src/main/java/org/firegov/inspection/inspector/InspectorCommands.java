package org.firegov.inspection.inspector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the pool of inspectors (执法检查人员库) the double-random draw picks from. */
public final class InspectorCommands {

    /** @param demo seed data of the local stack, not a real person */
    public record RegisterInspector(@TargetAggregateIdentifier String inspectorId, String name, boolean demo) {
    }

    /** 回避 — the inspector declares a conflict with a unit, so no draw sends him there. */
    public record DeclareConflict(@TargetAggregateIdentifier String inspectorId, String unitId) {
    }

    private InspectorCommands() {
    }
}
