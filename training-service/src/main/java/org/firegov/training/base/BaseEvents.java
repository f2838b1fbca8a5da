package org.firegov.training.base;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.firegov.training.party.Party;

/** Domain events of an education base or theme park, private to training-service. */
public final class BaseEvents {

    @Revision("1")
    public record BaseRegistered(String baseId, BaseKind kind, String name, String town, String address,
                                 LocalDate openedOn, Party operator, boolean demo, String note) {
    }

    @Revision("1")
    public record BaseClosed(String baseId, LocalDate closedOn, String reason) {
    }

    private BaseEvents() {
    }
}
