package org.firegov.portal.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.firegov.portal.api.ApiProblem;

/**
 * The services' read models follow their commands within moments (tracking processors). After an action the portal
 * waits, briefly, until the read model shows it, so the page the user is sent to is already current; if it takes
 * longer, the page is shown anyway and catches up on the next load.
 */
public final class Settle {

    private static final Duration AT_MOST = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 150;

    private Settle() {
    }

    /** Polls {@code shown} until it is true or the time is up; a 404 meanwhile means "not there yet". */
    public static void until(BooleanSupplier shown) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (shown.getAsBoolean()) {
                    return;
                }
            } catch (ApiProblem notYet) {
                if (notYet.status() != 404) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
