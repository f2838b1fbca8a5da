package org.firegov.kit.axon;

import java.sql.SQLException;

import org.axonframework.modelling.command.AggregateStreamCreationException;

/** Recognises "an aggregate with this id already exists" among Axon's and PostgreSQL's exceptions. */
public final class DuplicateAggregate {

    /** PostgreSQL's {@code unique_violation}. */
    private static final String UNIQUE_VIOLATION = "23505";

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private DuplicateAggregate() {
    }
}
