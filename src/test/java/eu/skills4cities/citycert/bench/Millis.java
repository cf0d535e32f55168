package eu.skills4cities.citycert.bench;

import java.util.Arrays;

/** The benchmarks' figures of a series of timings in milliseconds: the median and the 95th percentile. */
final class Millis {

    private Millis() {
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    static double p95(double[] values) {
        return percentile(values, 0.95);
    }

    /** The value at or below which the share {@code p} of the values lie (nearest rank). */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
