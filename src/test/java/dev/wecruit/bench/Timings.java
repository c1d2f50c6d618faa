package dev.wecruit.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Wall-clock samples of one measure, in nanoseconds, summarised as median and 95th percentile in milliseconds. */
final class Timings {

    private final long[] samples;
    private int count;

    Timings(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        samples[count++] = nanos;
    }

    void time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        samples[count++] = System.nanoTime() - started;
    }

    double medianMillis() {
        return percentileMillis(50);
    }

    double p95Millis() {
        return percentileMillis(95);
    }

    private double percentileMillis(int percentile) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = Math.min(count - 1, (int) Math.ceil(percentile / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    /** The heap in use after asking the JVM to collect garbage: a before/after pair gives what something retains. */
    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
