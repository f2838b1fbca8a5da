package org.firegov.localstack;

import java.util.Locale;

/**
 * Every port the local stack listens on, with its default. Each one can be changed with
 * {@code --port-<key>=N}, {@code -Dfiregov.port.<key>=N} or {@code FIREGOV_PORT_<KEY>=N}
 * (for example {@code --port-kafka-controller}, {@code firegov.port.kafka-controller}, {@code FIREGOV_PORT_KAFKA_CONTROLLER}).
 */
public enum PortKey {
    POSTGRES("postgres", 15432, "postgres"),
    MONGO("mongo", 27018, "mongo"),
    KAFKA("kafka", 19092, "kafka"),
    KAFKA_CONTROLLER("kafka-controller", 19093, "kafka"),
    KEYCLOAK("keycloak", 8180, "keycloak"),
    KEYCLOAK_MANAGEMENT("keycloak-management", 9180, "keycloak"),
    INSPECTION("inspection", 8081, "inspection-service"),
    ACCOUNTABILITY("accountability", 8082, "accountability-service"),
    TRAINING("training", 8083, "training-service"),
    INFRASTRUCTURE("infrastructure", 8084, "infrastructure-service"),
    INTEGRATION("integration", 8085, "integration-service"),
    PORTAL("portal", 8086, "portal"),
    GATEWAY("gateway", 8080, "gateway");

    private final String key;
    private final int defaultPort;
    private final String part;

    PortKey(String key, int defaultPort, String part) {
        this.key = key;
        this.defaultPort = defaultPort;
        this.part = part;
    }

    /** The part that listens on this port, as named on the console and in {@code logs/<part>.log}. */
    public String part() {
        return part;
    }

    /** The lower-case name used in flags and system properties, e.g. {@code kafka-controller}. */
    public String key() {
        return key;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String cliFlag() {
        return "--port-" + key;
    }

    public String systemProperty() {
        return "firegov.port." + key;
    }

    public String envVariable() {
        return "FIREGOV_PORT_" + key.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** How to choose another port, for error messages. */
    public String howToChange() {
        return cliFlag() + "=<port>, -D" + systemProperty() + "=<port> or " + envVariable() + "=<port>";
    }

    public static PortKey fromKey(String key) {
        for (PortKey k : values()) {
            if (k.key.equalsIgnoreCase(key) || k.name().equalsIgnoreCase(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown port '" + key + "'; known: " + java.util.Arrays.stream(values())
                .map(PortKey::key).collect(java.util.stream.Collectors.joining(", ")));
    }
}
