package org.firegov.events;

/** Kafka topics of integration events, one per aggregate type; the record key is the aggregate id. */
public final class Topics {

    public static final String INSPECTION_UNIT = "firegov.inspection.unit";
    public static final String INSPECTION_HAZARD = "firegov.inspection.hazard";

    /** Poison records of {@code topic} end up here after bounded retries. */
    public static String deadLetter(String topic) {
        return topic + ".DLT";
    }

    private Topics() {
    }
}
