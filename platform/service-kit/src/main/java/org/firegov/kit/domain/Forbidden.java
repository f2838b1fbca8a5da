package org.firegov.kit.domain;

/**
 * The caller may see the object but may not act on it (e.g. not its organiser): 403. For objects the caller may
 * not even know about, throw {@link NotFound} instead. Plain Java, so aggregates may throw it.
 */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
