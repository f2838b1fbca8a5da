package org.firegov.localstack;

import java.util.List;

/** One or more ports the stack needs are taken; thrown before anything starts. */
public class PortInUseException extends LocalStackException {

    private final List<PortKey> busy;

    PortInUseException(String message, List<PortKey> busy) {
        super(message);
        this.busy = List.copyOf(busy);
    }

    public List<PortKey> busyPorts() {
        return busy;
    }
}
