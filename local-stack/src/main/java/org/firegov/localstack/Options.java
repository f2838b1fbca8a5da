package org.firegov.localstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Command line, system properties and environment, in that order of precedence. Every setting has all three forms:
 * {@code --data-dir=<dir>}, {@code -Dfiregov.data-dir=<dir>}, {@code FIREGOV_DATA_DIR=<dir>}, and likewise for
 * {@code realm-file}, {@code project-root} and each {@code port-<part>}.
 */
record Options(boolean help, boolean infraOnly, Path projectRoot, Path dataDir, Path realmFile, Ports ports) {

    static final String USAGE = """
            Usage: java -jar local-stack/target/local-stack.jar [options]
                   (build first: ./mvnw -DskipTests package)

            Starts PostgreSQL, a MongoDB wire server, Kafka, Keycloak, the four services and the gateway.
            Ctrl-C stops everything. Data is kept in the data dir across starts.

              --infra-only              only PostgreSQL, Mongo, Kafka and Keycloak (run services from the IDE)
              --data-dir=<dir>          default <project>/.data          (FIREGOV_DATA_DIR, -Dfiregov.data-dir)
              --realm-file=<file>       default <project>/keycloak/firegov-realm.json
                                                                         (FIREGOV_REALM_FILE, -Dfiregov.realm-file)
              --project-root=<dir>      default: the current directory or the first parent holding mvnw
                                                                         (FIREGOV_PROJECT_ROOT, -Dfiregov.project-root)
              --port-<part>=<n>         change a port                    (FIREGOV_PORT_<PART>, -Dfiregov.port.<part>)
                  postgres 15432, mongo 27018, kafka 19092, kafka-controller 19093,
                  keycloak 8180, keycloak-management 9180, gateway 8080,
                  inspection 8081, accountability 8082, training 8083, infrastructure 8084,
                  integration 8085
              --help

            Logs: <data-dir>/logs/<part>.log (the previous start's in <part>.log.1).
            """;

    static Options parse(String[] args, Map<String, String> env, Properties system) {
        boolean help = false;
        boolean infraOnly = false;
        String projectRoot = setting("project-root", env, system);
        String dataDir = setting("data-dir", env, system);
        String realmFile = setting("realm-file", env, system);
        Ports ports = Ports.configured(env, system);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (arg.equals("--infra-only")) {
                infraOnly = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(2, eq) : arg.substring(2);
            if (!name.equals("project-root") && !name.equals("data-dir") && !name.equals("realm-file")
                    && !name.startsWith("port-")) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "project-root" -> projectRoot = value;
                case "data-dir" -> dataDir = value;
                case "realm-file" -> realmFile = value;
                default -> {
                    PortKey key = PortKey.fromKey(name.substring("port-".length()));
                    ports = ports.with(key, Ports.parse(value, "--" + name));
                }
            }
        }
        return new Options(help, infraOnly, path(projectRoot), path(dataDir), path(realmFile), ports);
    }

    /** {@code -Dfiregov.<name>} wins over {@code FIREGOV_<NAME>}. */
    private static String setting(String name, Map<String, String> env, Properties system) {
        String fromProperty = system.getProperty("firegov." + name);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnv = env.get("FIREGOV_" + name.replace('-', '_').toUpperCase(java.util.Locale.ROOT));
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value).toAbsolutePath().normalize();
    }
}
