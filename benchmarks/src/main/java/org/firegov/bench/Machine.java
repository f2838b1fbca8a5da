package org.firegov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One line about the machine the numbers come from: CPU, cores, memory, load, OS, Java. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memKb = firstValue(Path.of("/proc/meminfo"), "MemTotal").replaceAll("[^0-9]", "");
        String load = read(Path.of("/proc/loadavg"));
        return String.format(Locale.ROOT, "%s, %d cores, %s GB RAM, load avg %s, %s %s, Java %s", cpu,
                Runtime.getRuntime().availableProcessors(),
                memKb.isEmpty() ? "?" : String.format(Locale.ROOT, "%.1f", Long.parseLong(memKb) / 1048576.0),
                load.isEmpty() ? "?" : String.join(" ", List.of(load.split(" ")).subList(0, 3)),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
    }

    private static String firstValue(Path file, String key) {
        for (String line : read(file).split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "?";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
