package org.firegov.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** An immutable choice of a port for every {@link PortKey}. */
public final class Ports {

    private final Map<PortKey, Integer> ports;

    private Ports(Map<PortKey, Integer> ports) {
        this.ports = Collections.unmodifiableMap(new EnumMap<>(ports));
        for (PortKey key : PortKey.values()) {
            if (!this.ports.containsKey(key)) {
                throw new IllegalArgumentException("no port for " + key.key());
            }
        }
    }

    public static Ports defaults() {
        Map<PortKey, Integer> map = new EnumMap<>(PortKey.class);
        for (PortKey key : PortKey.values()) {
            map.put(key, key.defaultPort());
        }
        return new Ports(map);
    }

    /** Defaults, overridden by environment variables, overridden by system properties. */
    public static Ports configured(Map<String, String> env, Properties systemProperties) {
        Ports result = defaults();
        for (PortKey key : PortKey.values()) {
            String fromEnv = env.get(key.envVariable());
            if (fromEnv != null && !fromEnv.isBlank()) {
                result = result.with(key, parse(fromEnv, key.envVariable()));
            }
            String fromProperty = systemProperties.getProperty(key.systemProperty());
            if (fromProperty != null && !fromProperty.isBlank()) {
                result = result.with(key, parse(fromProperty, key.systemProperty()));
            }
        }
        return result;
    }

    /**
     * A free port for every part, asked from the operating system. All sockets stay open until every port is
     * chosen, so the ports differ; another program may still take one before the stack binds it (rare).
     */
    public static Ports free() {
        Map<PortKey, Integer> map = new EnumMap<>(PortKey.class);
        Set<ServerSocket> open = new HashSet<>();
        try {
            for (PortKey key : PortKey.values()) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                open.add(socket);
                map.put(key, socket.getLocalPort());
            }
        } catch (IOException e) {
            throw new LocalStackException("could not find free ports: " + e.getMessage(), e);
        } finally {
            for (ServerSocket socket : open) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
        return new Ports(map);
    }

    public Ports with(PortKey key, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(key.key() + " port must be 1..65535, not " + port);
        }
        Map<PortKey, Integer> map = new EnumMap<>(ports);
        map.put(key, port);
        return new Ports(map);
    }

    public int get(PortKey key) {
        return ports.get(key);
    }

    public Map<PortKey, Integer> asMap() {
        return ports;
    }

    static int parse(String value, String source) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " must be a port number, not '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return ports.toString();
    }
}
