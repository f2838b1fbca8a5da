package org.firegov.localstack;

import java.util.Locale;

/** The Spring Boot applications the stack runs as child JVMs, started in parallel once the infrastructure is up. */
public enum PlatformService {
    INSPECTION("inspection", PortKey.INSPECTION),
    ACCOUNTABILITY("accountability", PortKey.ACCOUNTABILITY),
    TRAINING("training", PortKey.TRAINING),
    INFRASTRUCTURE("infrastructure", PortKey.INFRASTRUCTURE),
    INTEGRATION("integration", PortKey.INTEGRATION),
    PORTAL("portal", PortKey.PORTAL),
    GATEWAY("gateway", PortKey.GATEWAY);

    private final String shortName;
    private final PortKey port;

    PlatformService(String shortName, PortKey port) {
        this.shortName = shortName;
        this.port = port;
    }

    /** {@code inspection}, …, {@code portal}, {@code gateway}: also the name of the service's PostgreSQL and Mongo databases. */
    public String shortName() {
        return shortName;
    }

    /** The Maven module, whose {@code target/<module>.jar} is run: {@code inspection-service}, …, {@code gateway}. */
    public String module() {
        return port.part();
    }

    public PortKey port() {
        return port;
    }

    public boolean isGateway() {
        return this == GATEWAY;
    }

    /** The pages (no database, no Kafka): it calls the services' APIs with the user's token. */
    public boolean isPortal() {
        return this == PORTAL;
    }

    /** Accepts {@code accountability}, {@code accountability-service} or {@code ACCOUNTABILITY}. */
    public static PlatformService named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (PlatformService s : values()) {
            if (s.shortName.equals(n) || s.module().equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown service '" + name
                + "'; known: inspection, accountability, training, infrastructure, integration, portal, gateway");
    }
}
