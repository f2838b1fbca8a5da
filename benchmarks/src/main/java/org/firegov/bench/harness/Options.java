package org.firegov.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Command-line options: {@code --name=value}; see benchmarks/README.md. */
public record Options(boolean attach, Path dataDir, boolean quick, Duration warmup, Duration measure, int rounds,
                      int concurrency, int propagationRate, Duration propagationTime, long replayEvents,
                      int dashboardUnits, long dashboardHazards, long iotSignals, int baselinePort,
                      Set<String> only) {

    public static final List<String> SCENARIOS = List.of("write", "gateway", "propagation", "dashboard", "iot",
            "replay");

    public static Options parse(String... args) {
        boolean attach = false;
        boolean quick = false;
        Path dataDir = null;
        Long warmup = null;
        Long measure = null;
        int rounds = 2;
        int concurrency = 8;
        int rate = 100;
        Long propagationSeconds = null;
        long replay = 100_000;
        int units = 10_000;
        long hazards = 100_000;
        long signals = 200_000;
        int baselinePort = 18089;
        Set<String> only = new LinkedHashSet<>(SCENARIOS);
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--attach" -> attach = true;
                case "--quick" -> quick = true;
                case "--data-dir" -> dataDir = Path.of(value);
                case "--warmup" -> warmup = seconds(value);
                case "--duration" -> measure = seconds(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--propagation-rate" -> rate = Integer.parseInt(value);
                case "--propagation-duration" -> propagationSeconds = seconds(value);
                case "--replay-events" -> replay = count(value);
                case "--units" -> units = (int) count(value);
                case "--hazards" -> hazards = count(value);
                case "--signals" -> signals = count(value);
                case "--baseline-port" -> baselinePort = Integer.parseInt(value);
                case "--large" -> {
                    replay = 1_000_000;
                    hazards = 1_000_000;
                }
                case "--only" -> {
                    only = new LinkedHashSet<>(List.of(value.toLowerCase(Locale.ROOT).split(",")));
                    if (!SCENARIOS.containsAll(only)) {
                        throw new IllegalArgumentException("--only takes " + String.join(",", SCENARIOS));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg
                        + "; see benchmarks/README.md");
            }
        }
        if (quick) {
            // a development run: minutes, not tens of minutes; explicit options still win
            replay = Math.min(replay, 5_000);
            hazards = Math.min(hazards, 5_000);
            units = Math.min(units, 1_000);
            signals = Math.min(signals, 10_000);
        }
        Duration w = Duration.ofSeconds(warmup != null ? warmup : quick ? 3 : 10);
        Duration m = Duration.ofSeconds(measure != null ? measure : quick ? 6 : 30);
        Duration p = Duration.ofSeconds(propagationSeconds != null ? propagationSeconds : quick ? 5 : 30);
        return new Options(attach, dataDir, quick, w, m, rounds, concurrency, rate, p, replay, units, hazards,
                signals, baselinePort, only);
    }

    public boolean runs(String scenario) {
        return only.contains(scenario);
    }

    private static long seconds(String value) {
        return Long.parseLong(value.replaceFirst("s$", ""));
    }

    /** {@code 100000}, {@code 100k}, {@code 1M}. */
    static long count(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace("_", "");
        if (v.endsWith("k")) {
            return Long.parseLong(v.substring(0, v.length() - 1)) * 1_000;
        }
        if (v.endsWith("m")) {
            return Long.parseLong(v.substring(0, v.length() - 1)) * 1_000_000;
        }
        return Long.parseLong(v);
    }
}
