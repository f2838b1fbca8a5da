package org.firegov.bench.harness;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/** Throughput and latency percentiles of one measured side (a scenario or its baseline). */
public record Stats(long count, long errors, double seconds, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    /** A histogram of latencies in microseconds, up to one minute, three significant digits. */
    public static Histogram newHistogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    }

    public static Stats of(Histogram micros, long errors, double seconds) {
        return new Stats(micros.getTotalCount(), errors, seconds,
                ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(95)),
                ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()));
    }

    /** A throughput only (e.g. events replayed per second), no latencies. */
    public static Stats rate(long count, double seconds) {
        return new Stats(count, 0, seconds, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public double perSecond() {
        return seconds > 0 ? count / seconds : Double.NaN;
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
