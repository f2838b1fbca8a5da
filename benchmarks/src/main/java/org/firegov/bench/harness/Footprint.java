package org.firegov.bench.harness;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Memory of the running stack: the proportional set size (PSS, shared pages split between the processes that share
 * them, so PostgreSQL's shared buffers count once) of every child process tree the launcher recorded in
 * {@code <data>/run/*.pid}, PostgreSQL's postmaster tree, and this JVM (which hosts the Mongo-wire server when the
 * harness started the stack, and the load generator). Linux only ({@code /proc}).
 */
public final class Footprint {

    private Footprint() {
    }

    /** Megabytes per part, in a stable order; "harness JVM" last. */
    public static Map<String, Long> measure(Path dataDir, Map<String, Long> extraPids) {
        Map<Long, List<Long>> children = childrenByParent();
        Map<String, Long> parts = new LinkedHashMap<>();
        Path run = dataDir.resolve("run");
        if (Files.isDirectory(run)) {
            try (DirectoryStream<Path> pids = Files.newDirectoryStream(run, "*.pid")) {
                for (Path file : pids) {
                    long pid = Long.parseLong(Files.readString(file).trim());
                    parts.put(file.getFileName().toString().replace(".pid", ""), treeKb(pid, children) / 1024);
                }
            } catch (IOException | NumberFormatException e) {
                // a part stopping meanwhile: leave it out
            }
        }
        Path postmaster = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (Files.isRegularFile(postmaster)) {
            try {
                long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).trim());
                parts.put("postgres", treeKb(pid, children) / 1024);
            } catch (IOException | RuntimeException e) {
                // not readable: leave it out
            }
        }
        extraPids.forEach((name, pid) -> parts.put(name, treeKb(pid, children) / 1024));
        parts.put("harness JVM", pssKb(ProcessHandle.current().pid()) / 1024);
        return parts;
    }

    private static long treeKb(long pid, Map<Long, List<Long>> children) {
        long kb = pssKb(pid);
        for (long child : children.getOrDefault(pid, List.of())) {
            kb += treeKb(child, children);
        }
        return kb;
    }

    static long pssKb(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        for (String[] source : new String[][] {{"smaps_rollup", "Pss:"}, {"status", "VmRSS:"}}) {
            try {
                for (String line : Files.readAllLines(proc.resolve(source[0]))) {
                    if (line.startsWith(source[1])) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // try the next source
            }
        }
        return 0;
    }

    private static Map<Long, List<Long>> childrenByParent() {
        Map<Long, List<Long>> children = new HashMap<>();
        ProcessHandle.allProcesses().forEach(p -> p.parent().ifPresent(parent ->
                children.computeIfAbsent(parent.pid(), k -> new ArrayList<>()).add(p.pid())));
        return children;
    }
}
