package org.firegov.bench.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.firegov.bench.harness.Context;
import org.firegov.bench.harness.Http;
import org.firegov.bench.harness.Row;
import org.firegov.bench.harness.Stats;

/**
 * Hazards reported at a fixed rate (open loop); meanwhile the committee's view is polled back to back. The view
 * gives counts, not ids, so latency is the horizontal distance between two curves: the k-th hazard acknowledged
 * (201) and the first poll answer counting k more open hazards than before the run. Resolution: one poll.
 */
public final class Propagation implements Scenario {

    private static final Pattern OPEN = Pattern.compile("\"open\"\\s*:\\s*(\\d+)");

    record Sample(long at, long open) {
    }

    @Override
    public String name() {
        return "propagation";
    }

    @Override
    public List<Row> run(Context c) throws Exception {
        String report = c.target.gateway() + "/api/inspection/hazards";
        String view = c.target.gateway() + "/api/accountability/open-hazards";
        long before = open(c, view);
        int rate = c.options.propagationRate();
        int total = (int) (rate * c.options.propagationTime().toSeconds());

        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean polling = new AtomicBoolean(true);
        Histogram pollTimes = Stats.newHistogram();
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                long t0 = System.nanoTime();
                try {
                    long n = open(c, view);
                    long t1 = System.nanoTime();
                    samples.add(new Sample(t1, n));
                    synchronized (pollTimes) {
                        pollTimes.recordValue((t1 - t0) / 1000);
                    }
                } catch (RuntimeException e) {
                    // a failed poll is just a missing sample
                }
            }
        }, "bench-poll");
        poller.start();

        ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            senders.execute(() -> {
                Http.Response r = c.http.postJson(report, c.brigade, c.hazardReport(n));
                if (r.status() == 201) {
                    acks.add(System.nanoTime());
                } else {
                    failed.incrementAndGet();
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(50);
        }
        clock.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && lastOpen(samples) < before + acks.size()) {
            Thread.sleep(100);
        }
        polling.set(false);
        poller.join();

        Histogram latency = latencies(new ArrayList<>(acks), new ArrayList<>(samples), before);
        long missing = acks.size() - latency.getTotalCount();
        Stats stats = Stats.of(latency, failed.get() + missing, sendSeconds);
        String note = String.format(java.util.Locale.ROOT, "%d/s offered for %ds; poll p50 %.1f ms",
                rate, c.options.propagationTime().toSeconds(), pollTimes.getValueAtPercentile(50) / 1000.0)
                + (missing > 0 ? "; " + missing + " not visible within 120 s" : "");
        return List.of(new Row("propagation: 201 → committee view", "report → Kafka → accountability", stats,
                null, null, "p99 ≤ 250 ms", note));
    }

    /** For the k-th acknowledgement, the first sample (after it) whose count includes k new hazards. */
    static Histogram latencies(List<Long> acks, List<Sample> samples, long before) {
        Collections.sort(acks);
        samples.sort((a, b) -> Long.compare(a.at, b.at));
        Histogram h = Stats.newHistogram();
        int s = 0;
        long maxOpen = Long.MIN_VALUE;
        for (int k = 0; k < acks.size(); k++) {
            long ack = acks.get(k);
            while (s < samples.size() && (samples.get(s).at < ack || Math.max(maxOpen, samples.get(s).open)
                    < before + k + 1)) {
                maxOpen = Math.max(maxOpen, samples.get(s).open);
                s++;
            }
            if (s >= samples.size()) {
                break;
            }
            h.recordValue(Math.min((samples.get(s).at - ack) / 1000, h.getHighestTrackableValue()));
        }
        return h;
    }

    private static long lastOpen(List<Sample> samples) {
        synchronized (samples) {
            return samples.isEmpty() ? Long.MIN_VALUE : samples.get(samples.size() - 1).open;
        }
    }

    private static long open(Context c, String view) {
        Http.Response r = c.http.get(view, c.committee);
        Matcher m = OPEN.matcher(r.body());
        if (!r.ok() || !m.find()) {
            throw new IllegalStateException("committee view: " + r.status() + " " + r.body());
        }
        return Long.parseLong(m.group(1));
    }
}
