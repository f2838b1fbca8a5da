package org.firegov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.firegov.bench.harness.BaselineProcess;
import org.firegov.bench.harness.Context;
import org.firegov.bench.harness.Footprint;
import org.firegov.bench.harness.Http;
import org.firegov.bench.harness.Options;
import org.firegov.bench.harness.Row;
import org.firegov.bench.harness.Table;
import org.firegov.bench.harness.Target;
import org.firegov.bench.harness.Tokens;
import org.firegov.bench.scenario.Dashboard;
import org.firegov.bench.scenario.GatewayOverhead;
import org.firegov.bench.scenario.IotIngestion;
import org.firegov.bench.scenario.Propagation;
import org.firegov.bench.scenario.Replay;
import org.firegov.bench.scenario.Scenario;
import org.firegov.bench.scenario.WritePath;
import org.firegov.localstack.LocalStack;
import org.firegov.localstack.Ports;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar [options]}: starts the local stack on free ports in a fresh data
 * dir (or attaches to a running one), starts the write path's baseline app, gets real tokens from Keycloak, runs every
 * scenario, prints the table and writes it to {@code benchmarks/target/benchmark-results.md}.
 */
public final class Benchmarks {

    private static final List<Scenario> SCENARIOS = List.of(new WritePath(), new GatewayOverhead(),
            new Propagation(), new Dashboard(), new IotIngestion(), new Replay());

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Http http = new Http();
        String machine = Machine.describe();
        System.out.println("FireGov benchmarks — " + machine);
        LocalStack stack = null;
        boolean tempData = false;
        BaselineProcess baseline;
        Target target;
        if (options.attach()) {
            baseline = BaselineProcess.onPort(options.baselinePort());
            Path dataDir = options.dataDir() != null ? options.dataDir() : LocalStack.builder().build().dataDir();
            // the same port settings as the launcher's (FIREGOV_PORT_<PART>, -Dfiregov.port.<part>)
            target = Target.attached(Ports.configured(System.getenv(), System.getProperties()), dataDir);
        } else {
            baseline = BaselineProcess.onFreePort();
            Path dataDir = options.dataDir();
            if (dataDir == null) {
                dataDir = Files.createTempDirectory("firegov-bench-");
                tempData = true;
            }
            stack = LocalStack.builder().dataDir(dataDir).freePorts()
                    // a shared 2-core machine can take minutes for Keycloak's first start
                    .startupTimeout(Duration.ofMinutes(15))
                    .environment("gateway", "FIREGOV_GATEWAY_BENCHMARK_BASELINE_URI", baseline.uri())
                    .environment("inspection", "MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,info,readmodels")
                    .build();
            try {
                stack.start();
            } catch (RuntimeException e) {
                if (tempData) {
                    deleteQuietly(dataDir);
                }
                throw e;
            }
            target = Target.owned(stack);
        }
        List<Row> rows = new ArrayList<>();
        try {
            Map<String, Long> memoryAtStart = Footprint.measure(target.dataDir(), Map.of());
            if (options.runs("write")) {
                baseline.start(target, http);
            }
            Context context = new Context(target, http, options, new Tokens(http, target.issuer()),
                    baseline.url());
            for (Scenario scenario : SCENARIOS) {
                if (!options.runs(scenario.name())) {
                    continue;
                }
                System.out.println("… " + scenario.name() + " (" + Instant.now() + ")");
                try {
                    List<Row> result = scenario.run(context);
                    rows.addAll(result);
                    System.out.print(Table.render(result));
                } catch (Exception | AssertionError e) {
                    e.printStackTrace(System.out);
                    rows.add(Row.unavailable(scenario.name(), "failed: " + e));
                }
            }
            Map<String, Long> memoryAtEnd = Footprint.measure(target.dataDir(),
                    baseline.pid() > 0 ? Map.of("bench-baseline", baseline.pid()) : Map.of());
            String report = report(machine, options, target.startupTime(), memoryAtStart, memoryAtEnd, rows);
            System.out.println();
            System.out.println(report);
            Path out = Path.of("benchmarks", "target", "benchmark-results.md");
            if (Files.isDirectory(out.getParent())) {
                Files.writeString(out, report);
                System.out.println("written to " + out.toAbsolutePath());
            }
        } finally {
            baseline.close();
            if (stack != null) {
                stack.close();
                if (tempData) {
                    deleteQuietly(target.dataDir());
                }
            }
        }
    }

    static String report(String machine, Options options, Duration startup, Map<String, Long> atStart,
                         Map<String, Long> atEnd, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("Machine: ").append(machine).append('\n');
        b.append(String.format(Locale.ROOT, "Options: warmup %ds, measure %ds in %d rounds, %d callers; "
                        + "propagation %d/s for %ds; replay %,d events; dashboard %,d units / %,d hazards; "
                        + "IoT %,d signals%n", options.warmup().toSeconds(), options.measure().toSeconds(),
                options.rounds(), options.concurrency(), options.propagationRate(),
                options.propagationTime().toSeconds(), options.replayEvents(), options.dashboardUnits(),
                options.dashboardHazards(), options.iotSignals()));
        b.append("Stack start: ").append(startup == null ? "attached (not measured)"
                : String.format(Locale.ROOT, "%.1f s (target ≤ 90 s)", startup.toMillis() / 1000.0)).append('\n');
        b.append("Memory (PSS, MB) after start: ").append(memory(atStart)).append('\n');
        b.append("Memory (PSS, MB) at the end:  ").append(memory(atEnd)).append('\n');
        b.append('\n').append(Table.render(rows));
        return b.toString();
    }

    private static String memory(Map<String, Long> parts) {
        long total = parts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> shown = new LinkedHashMap<>(parts);
        return String.format(Locale.ROOT, "total %,d (target ≤ 4,096) — %s", total, shown);
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
