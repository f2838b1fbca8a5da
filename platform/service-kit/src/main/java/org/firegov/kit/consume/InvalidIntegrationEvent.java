package org.firegov.kit.consume;

/** A record that can never be processed (not a CloudEvent, unreadable or invalid data): straight to the DLT. */
public class InvalidIntegrationEvent extends RuntimeException {

    public InvalidIntegrationEvent(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidIntegrationEvent(String message) {
        super(message);
    }
}
