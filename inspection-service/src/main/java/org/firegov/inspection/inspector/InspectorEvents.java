package org.firegov.inspection.inspector;

import org.axonframework.serialization.Revision;

/** Domain events of the inspector pool, private to inspection-service. */
public final class InspectorEvents {

    @Revision("1")
    public record InspectorRegistered(String inspectorId, String name, boolean demo) {
    }

    @Revision("1")
    public record ConflictDeclared(String inspectorId, String unitId) {
    }

    private InspectorEvents() {
    }
}
