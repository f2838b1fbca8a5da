package org.firegov.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Checks, before anything starts, that no port is taken and no two parts share one. */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(Map<PortKey, Integer> wanted, Path runDir) {
        Map<Integer, PortKey> seen = new HashMap<>();
        for (Map.Entry<PortKey, Integer> e : wanted.entrySet()) {
            PortKey other = seen.putIfAbsent(e.getValue(), e.getKey());
            if (other != null) {
                throw new LocalStackException("Port " + e.getValue() + " is configured for both " + other.key()
                        + " and " + e.getKey().key() + ". Change one: " + e.getKey().howToChange());
            }
        }
        List<PortKey> busy = new ArrayList<>();
        Set<Long> leftovers = new TreeSet<>();
        StringBuilder message = new StringBuilder();
        for (Map.Entry<PortKey, Integer> e : wanted.entrySet()) {
            if (!isFree(e.getValue())) {
                busy.add(e.getKey());
                message.append(describe(e.getKey(), e.getValue()));
                Long stale = stalePid(e.getKey(), runDir);
                if (stale != null) {
                    leftovers.add(stale);
                }
            }
        }
        if (!busy.isEmpty()) {
            if (!leftovers.isEmpty()) {
                message.append("This looks like an earlier start of this stack that was not stopped (pid files in ")
                        .append(runDir).append("). Stop it with: kill ")
                        .append(leftovers.stream().map(String::valueOf).collect(Collectors.joining(" ")))
                        .append('\n');
            }
            message.append("Nothing was started.");
            throw new PortInUseException(message.toString(), busy);
        }
    }

    /**
     * Binds like the servers will: with SO_REUSEADDR, so connections of a just-stopped stack lingering in TIME_WAIT
     * do not count, but any listener does (on Linux also one bound to 127.0.0.1 only, as the wildcard covers it).
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        return !Poll.tcpOpen(port);
    }

    private static String describe(PortKey key, int port) {
        StringBuilder s = new StringBuilder();
        s.append("Port ").append(port).append(" (").append(key.key()).append(") is already in use");
        String owner = PortOwner.describe(port);
        if (owner != null) {
            s.append(" by ").append(owner);
        }
        s.append(".\n  Stop whatever uses it, or choose another port: ").append(key.howToChange()).append('\n');
        return s.toString();
    }

    /** A pid file left by an earlier start whose process still lives: most likely a stack that was not stopped. */
    private static Long stalePid(PortKey key, Path runDir) {
        if (runDir == null) {
            return null;
        }
        Path pidFile = runDir.resolve(key.part() + ".pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return null;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> pid).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
