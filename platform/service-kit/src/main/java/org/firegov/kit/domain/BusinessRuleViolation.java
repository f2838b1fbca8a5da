package org.firegov.kit.domain;

/**
 * A command broke a business rule: answered as 422 (or 409 for {@link Conflict}) with a stable {@code code}
 * that clients can act on. Plain Java, so aggregates may throw it without depending on any framework.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String code;

    public BusinessRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, machine-readable reason, e.g. {@code hazard-already-closed}. */
    public String code() {
        return code;
    }

    /** The command clashes with the current state (duplicate, already done): 409. */
    public static class Conflict extends BusinessRuleViolation {
        public Conflict(String code, String message) {
            super(code, message);
        }
    }
}
