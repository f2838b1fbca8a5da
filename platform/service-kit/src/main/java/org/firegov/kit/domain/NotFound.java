package org.firegov.kit.domain;

/**
 * The object does not exist, or the caller may not know that it exists (outside their scope): always 404,
 * so a department can't probe another department's data.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super(what + " " + id + " not found");
    }
}
