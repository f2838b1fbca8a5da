package org.firegov.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One line per state change of a part ({@code starting}, {@code waiting}, {@code up after 2.1 s}, {@code FAILED},
 * {@code stopped}). On an interactive console a last line, rewritten every second, shows what is still awaited.
 */
public final class Progress {

    private static final String CLEAR_LINE = "\r\033[K";
    private static final int TICKER_WIDTH = 79;

    private final PrintStream out;
    private final boolean live;
    private final Map<String, Long> waitingSince = new LinkedHashMap<>();
    private boolean tickerShown;
    private Thread ticker;

    private Progress(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    /** Prints to the console; the live "still waiting" line only when the console is a terminal. */
    public static Progress console() {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.equals("dumb");
        return new Progress(System.out, terminal);
    }

    public static Progress to(PrintStream out) {
        return new Progress(out, false);
    }

    public static Progress silent() {
        return new Progress(null, false);
    }

    void starting(String part, String detail) {
        line(part, "starting", detail);
    }

    void waiting(String part, String detail) {
        synchronized (this) {
            waitingSince.put(part, System.nanoTime());
        }
        line(part, "waiting", detail);
        startTicker();
    }

    void up(String part, Duration took, String detail) {
        synchronized (this) {
            waitingSince.remove(part);
        }
        line(part, "up", String.format(Locale.ROOT, "after %.1f s", took.toMillis() / 1000.0)
                + (detail == null || detail.isEmpty() ? "" : "   " + detail));
    }

    void failed(String part, String detail) {
        synchronized (this) {
            waitingSince.remove(part);
        }
        line(part, "FAILED", detail);
    }

    void stopping(String part) {
        line(part, "stopping", "");
    }

    void stopped(String part, String detail) {
        synchronized (this) {
            waitingSince.remove(part);
        }
        line(part, "stopped", detail);
    }

    void killed(String part) {
        line(part, "killed", "(SIGKILL)");
    }

    /** A free-form line (headers, summaries). */
    public synchronized void info(String text) {
        if (out == null) {
            return;
        }
        clearTicker();
        out.println(text);
        drawTicker();
    }

    private void line(String part, String state, String detail) {
        info(String.format(Locale.ROOT, "  %-24s %-9s %s", part, state, detail == null ? "" : detail).stripTrailing());
    }

    private synchronized void startTicker() {
        if (!live || out == null || ticker != null) {
            return;
        }
        ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1000);
                    synchronized (Progress.this) {
                        clearTicker();
                        drawTicker();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "firegov-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    private void clearTicker() {
        if (tickerShown) {
            out.print(CLEAR_LINE);
            tickerShown = false;
        }
    }

    private void drawTicker() {
        if (!live || waitingSince.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        String waiting = waitingSince.entrySet().stream()
                .map(e -> e.getKey() + " " + Duration.ofNanos(now - e.getValue()).toSeconds() + " s")
                .collect(Collectors.joining(", "));
        String text = "  ... waiting for " + waiting;
        if (text.length() > TICKER_WIDTH) { // a wrapped line could not be rewritten in place
            text = text.substring(0, TICKER_WIDTH - 3) + "...";
        }
        out.print(text);
        out.flush();
        tickerShown = true;
    }
}
