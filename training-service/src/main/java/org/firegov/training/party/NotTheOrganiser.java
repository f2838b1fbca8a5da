package org.firegov.training.party;

import org.firegov.kit.domain.Forbidden;

/**
 * The caller may see the object but is not allowed to act on it (not its organiser, or planning for someone
 * else): answered as 403. Plain Java, thrown by aggregates.
 */
public class NotTheOrganiser extends Forbidden {

    public NotTheOrganiser(String message) {
        super(message);
    }
}
