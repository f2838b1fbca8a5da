package org.firegov.localstack;

import java.time.Duration;
import java.util.List;

/** One piece of the stack. {@link #start()} returns once launched; {@link #awaitReady} blocks until it serves. */
interface Part {

    /** As shown on the console and used for {@code logs/<name>.log}. */
    String name();

    /** The ports it binds, checked before anything starts. */
    List<PortKey> ports();

    /** A short note for the "starting" line, e.g. the port. */
    String startingDetail();

    void start();

    /**
     * Blocks until ready. {@code stillWanted} is called between tries and throws when the stack is being stopped
     * meanwhile (Ctrl-C during startup), so waiting ends within a poll interval.
     */
    void awaitReady(Duration timeout, Runnable stillWanted);

    /** What {@link #awaitReady} polls, for the "waiting" line; null when there is nothing worth a line. */
    default String waitingFor() {
        return null;
    }

    /** A short note for the "up" line, e.g. the URL. */
    String readyDetail();

    /** Stops gracefully (forcibly after a timeout); does nothing if not running. */
    void stop();

    /** For child processes: whether it still runs. In-process parts are always "alive" while started. */
    boolean isAlive();
}
