package org.firegov.localstack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A child process whose output goes to a log file, with a pid file in {@code <dataDir>/run}, stopped with its whole
 * process tree ({@code kc.sh} keeps a shell parent around the Keycloak JVM).
 */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /** Starts {@code command}, appending its stdout and stderr to {@code logFile}. */
    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
                              Path logFile, Path runDir) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(runDir);
            Files.writeString(logFile, "### " + java.time.LocalDateTime.now() + "  " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(inOwnSession(command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            Path pidFile = runDir.resolve(name + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ChildProcess(name, process, logFile, pidFile);
        } catch (IOException e) {
            throw new LocalStackException(name + ": could not start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ctrl-C sends SIGINT to the terminal's whole foreground process group: Kafka, Keycloak and the services would
     * stop at once and in no order (pg_ctl already detaches PostgreSQL this way). In their own session ({@code
     * setsid}, which here execs without forking, so the pid stays the same) they get no terminal signals, and the
     * launcher's shutdown hook stops them in order.
     */
    private static List<String> inOwnSession(List<String> command) {
        if (SETSID == null) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(command.size() + 1);
        wrapped.add(SETSID);
        wrapped.addAll(command);
        return wrapped;
    }

    private static final String SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);

    /** Runs a short command to completion (e.g. formatting Kafka's storage), failing with its log on a non-zero exit. */
    static void run(String name, String what, List<String> command, Map<String, String> env, Path workDir,
                    Path logFile, Path runDir, Duration timeout) {
        ChildProcess child = start(name, command, env, workDir, logFile, runDir);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.kill();
                throw new LocalStackException(name + ": " + what + " did not finish within "
                        + timeout.toSeconds() + " s" + child.logTail());
            }
        } catch (InterruptedException e) {
            child.kill();
            Thread.currentThread().interrupt();
            throw new LocalStackException(name + ": interrupted", e);
        } finally {
            child.deletePidFile();
        }
        if (child.process.exitValue() != 0) {
            throw new LocalStackException(name + ": " + what + " failed with exit code "
                    + child.process.exitValue() + child.logTail());
        }
    }

    /** Moves last run's log to {@code <part>.log.1}, so each start begins a fresh log. */
    static void rotateLog(Path logFile) {
        try {
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException ignored) {
            // keep appending to the old one
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    Path logFile() {
        return logFile;
    }

    /** Throws with the end of the log if the process has exited (called while waiting for readiness). */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new LocalStackException(name + " exited during startup with code " + process.exitValue()
                    + logTail());
        }
    }

    /** SIGTERM to the process and its descendants; SIGKILL to whatever still runs after {@code grace}. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, grace)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
        deletePidFile();
    }

    /** SIGKILL to the process and its descendants, as in a crash. */
    void kill() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(10));
        deletePidFile();
    }

    /** Descendants first (they are no longer descendants once their parent is gone). */
    private List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        return tree;
    }

    /** Not cut short by an interrupt: a stop must get its full grace period, or Kafka would be killed mid-flush. */
    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean interrupted = false;
        try {
            while (handles.stream().anyMatch(ProcessHandle::isAlive)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // harmless
        }
    }

    /** The last lines of the log, for error messages. */
    String logTail() {
        return logTail(logFile);
    }

    static String logTail(Path logFile) {
        return "\n  --- last lines of " + logFile + " ---\n" + tail(logFile, 20) + "\n  ---";
    }

    static String tail(Path file, int lines) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long start = Math.max(0, length - 16_384);
            byte[] bytes = new byte[(int) (length - start)];
            raf.seek(start);
            raf.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            return String.join("\n", Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length)
                    .stream().map(l -> "  | " + l).toList());
        } catch (IOException e) {
            return "  (no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
