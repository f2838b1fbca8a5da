package org.firegov.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * {@code java -jar local-stack/target/local-stack.jar [--infra-only] [--data-dir=<dir>] [--port-<part>=<n>]}:
 * starts the platform, prints where everything is, and stops it all on Ctrl-C.
 */
public final class Main {

    private static final List<String[]> DEMO_USERS = List.of(
            new String[] {"committee1", "fire-safety committee office (county)"},
            new String[] {"brigade1", "fire rescue brigade"},
            new String[] {"edu1", "education department"},
            new String[] {"health1", "health department"},
            new String[] {"xiabao1", "Xiabao town"},
            new String[] {"tongcheng1", "Tongcheng town"},
            new String[] {"unit1", "unit 91500238MA5U7K3L74"});

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("firegov local stack: " + e.getMessage());
            System.err.println();
            System.err.println(Options.USAGE);
            return 2;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return 0;
        }
        Path root;
        try {
            root = options.projectRoot() != null ? options.projectRoot() : ProjectRoot.find();
        } catch (LocalStackException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Path dataDir = (options.dataDir() != null ? options.dataDir() : root.resolve(".data")).toAbsolutePath()
                .normalize();
        logToFile(dataDir.resolve("logs"));

        LocalStack.Builder builder = LocalStack.builder().projectRoot(root).dataDir(dataDir)
                .ports(options.ports()).infraOnly(options.infraOnly()).progress(Progress.console());
        if (options.realmFile() != null) {
            builder.realmFile(options.realmFile());
        }
        LocalStack stack = builder.build();
        Progress progress = stack.progress();
        progress.info("FireGov local stack" + (options.infraOnly() ? " (infrastructure only)" : "")
                + "   data: " + dataDir + "   logs: " + dataDir.resolve("logs"));
        AtomicBoolean failed = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            if (!failed.get()) {
                progress.info("FireGov local stack stopped.");
            }
        }, "firegov-shutdown"));
        try {
            stack.start();
        } catch (LocalStackException e) {
            if (stack.isClosing()) {
                return 130; // Ctrl-C during startup; the shutdown hook reports the rest
            }
            failed.set(true); // start() has stopped what it started
            System.out.flush();
            System.err.println();
            System.err.println(e.getMessage());
            return 1;
        }
        printSummary(stack, progress);
        watch(stack, progress);
        return 0;
    }

    private static void printSummary(LocalStack stack, Progress out) {
        String row = "  %-26s %s";
        out.info("");
        out.info(String.format(Locale.ROOT, "FireGov is up after %.1f s.", stack.startupTime().toMillis() / 1000.0));
        if (!stack.isInfraOnly()) {
            out.info(String.format(row, "Gateway (portal)", stack.gatewayUrl()));
        }
        out.info(String.format(row, "Keycloak admin console", stack.keycloakUrl() + "   "
                + LocalStack.KEYCLOAK_ADMIN_USER + " / " + LocalStack.KEYCLOAK_ADMIN_PASSWORD));
        out.info(String.format(row, "Keycloak issuer", stack.keycloakIssuerUri()));
        if (!stack.isInfraOnly()) {
            for (PlatformService s : PlatformService.values()) {
                if (!s.isGateway()) {
                    out.info(String.format(row, s.module(), stack.serviceUrl(s.shortName())));
                }
            }
        }
        out.info(String.format(row, "PostgreSQL", stack.postgresJdbcUrl("<db>") + "   "
                + LocalStack.DB_USER + " / " + LocalStack.DB_PASSWORD));
        out.info(String.format(row, "MongoDB", stack.mongoUri("<db>")));
        out.info(String.format(row, "Kafka", stack.kafkaBootstrap()));
        out.info(String.format(row, "Data / logs", stack.dataDir() + "   " + stack.dataDir().resolve("logs")));
        if (stack.isInfraOnly()) {
            out.info("");
            out.info("Run a service from the IDE with this environment (here for inspection-service):");
            out.info("  " + stack.serviceEnvironment("inspection").entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        } else {
            out.info("");
            out.info("Demo logins (password \"demo\" for all):");
            for (String[] user : DEMO_USERS) {
                out.info(String.format("  %-12s %s", user[0], user[1]));
            }
        }
        out.info("");
        out.info("Press Ctrl-C to stop everything.");
    }

    /** Reports parts that die while the stack runs, once each. */
    private static void watch(LocalStack stack, Progress progress) {
        Set<String> reported = new HashSet<>();
        while (true) {
            try {
                TimeUnit.SECONDS.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
            for (String part : stack.unexpectedlyStopped()) {
                if (reported.add(part)) {
                    progress.failed(part, "exited unexpectedly; see " + stack.logFile(part));
                }
            }
        }
    }

    /** slf4j-simple: the launcher's own logging (zonky, Mongo server, Kafka admin client) goes to a file. */
    private static void logToFile(Path logDir) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new LocalStackException("cannot create " + logDir + ": " + e.getMessage(), e);
        }
        Path log = logDir.resolve("launcher.log");
        ChildProcess.rotateLog(log);
        System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
    }
}
