package org.firegov.kit.domain;

/**
 * Input that Bean Validation cannot judge alone (e.g. a date range longer than a year): a 400 problem naming the
 * field, like any other validation error.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
