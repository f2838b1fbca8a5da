package org.firegov.training.base;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.training.party.Party;

/** Commands of an education base or theme park (科普教育基地); {@code by} is the party that issued it. */
public final class BaseCommands {

    /** Register a site run (or sponsored) by {@code operator}, open to the public since {@code openedOn}. */
    public record RegisterBase(@TargetAggregateIdentifier String baseId, BaseKind kind, String name, String town,
                               String address, LocalDate openedOn, Party operator, boolean demo, String note,
                               LocalDate today, Party by) {
    }

    public record CloseBase(@TargetAggregateIdentifier String baseId, LocalDate closedOn, String reason,
                            LocalDate today, Party by) {
    }

    private BaseCommands() {
    }
}
