package org.firegov.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code concurrency} threads call an operation back to back for a while, each call timed into
 * an HdrHistogram. Subject and baseline are run in alternating rounds ({@link #compare}), so that a noisy machine
 * slows both alike and their ratio holds.
 */
public final class Load {

    /** One call; returns whether it succeeded. The argument is a running call number (unique within a run). */
    public interface Operation extends IntPredicate {
    }

    private static final AtomicLong CALLS = new AtomicLong();

    private Load() {
    }

    /** Runs {@code operation} for {@code warmup} unmeasured, then {@code measure}; returns what was measured. */
    public static Stats run(Operation operation, int concurrency, Duration warmup, Duration measure) {
        phase(operation, concurrency, warmup, null);
        Histogram h = Stats.newHistogram();
        long[] errors = new long[1];
        double seconds = phase(operation, concurrency, measure, new Recorder(h, errors));
        return Stats.of(h, errors[0], seconds);
    }

    /** Subject and baseline in {@code rounds} alternating rounds of {@code measure / rounds} each, merged. */
    public static Stats[] compare(Operation subject, Operation baseline, int concurrency, Duration warmup,
                                  Duration measure, int rounds) {
        phase(subject, concurrency, warmup, null);
        phase(baseline, concurrency, warmup, null);
        Histogram hs = Stats.newHistogram();
        Histogram hb = Stats.newHistogram();
        long[] es = new long[1];
        long[] eb = new long[1];
        double ss = 0;
        double sb = 0;
        Duration slice = measure.dividedBy(rounds);
        for (int r = 0; r < rounds; r++) {
            ss += phase(subject, concurrency, slice, new Recorder(hs, es));
            sb += phase(baseline, concurrency, slice, new Recorder(hb, eb));
        }
        return new Stats[] {Stats.of(hs, es[0], ss), Stats.of(hb, eb[0], sb)};
    }

    private record Recorder(Histogram histogram, long[] errors) {
        synchronized void record(long micros, boolean ok) {
            if (ok) {
                histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
            } else {
                errors[0]++;
            }
        }
    }

    private static double phase(Operation operation, int concurrency, Duration length, Recorder recorder) {
        if (length.isZero()) {
            return 0;
        }
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.test((int) CALLS.incrementAndGet());
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                    if (recorder != null) {
                        recorder.record((System.nanoTime() - t0) / 1000, ok);
                    }
                }
            }, "bench-load-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
