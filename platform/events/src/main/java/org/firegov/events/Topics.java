package org.firegov.events;

/**
 * Rules shared by every integration-event topic. The topics themselves are constants of each context's catalogue
 * ({@code InspectionEvents.HAZARD_TOPIC}, …): one per aggregate type, keyed by aggregate id.
 */
public final class Topics {

    /** Poison records of {@code topic} end up here after bounded retries. */
    public static String deadLetter(String topic) {
        return topic + ".DLT";
    }

    private Topics() {
    }
}
