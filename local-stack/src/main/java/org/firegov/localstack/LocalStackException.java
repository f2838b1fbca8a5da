package org.firegov.localstack;

/** A start or stop problem, with a message meant for the person at the console. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
