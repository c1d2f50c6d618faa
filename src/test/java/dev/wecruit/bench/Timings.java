package dev.wecruit.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

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

    double maxMillis() {
        return percentileMillis(100);
    }

    int count() {
        return count;
    }

    private double percentileMillis(int percentile) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = Math.min(count - 1, (int) Math.ceil(percentile / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    /** The heap in use after asking the JVM to collect garbage: a before/after pair gives what something retains. */
    /**
     * The heap one item (a tab, a board) keeps, in KB: the used heap after collection, before and after opening
     * {@code items} of them, over several trials. The median is reported with the spread; a median that is not
     * positive, or above 100 MB an item, is noise or a bug, and fails the benchmark instead of being recorded.
     *
     * @param open opens the given number of items and returns them, kept reachable until {@code close} is called
     */
    static <T> RetainedMemory retainedPerItem(int trials, int items, java.util.function.IntFunction<List<T>> open,
            java.util.function.Consumer<List<T>> close) {
        List<Double> perItem = new java.util.ArrayList<>();
        for (int trial = 0; trial < trials; trial++) {
            long before = usedHeapAfterGc();
            List<T> opened = open.apply(items);
            long after = usedHeapAfterGc();
            perItem.add((after - before) / (double) items / 1024.0);
            close.accept(opened);
        }
        java.util.Collections.sort(perItem);
        var memory = new RetainedMemory(perItem.get(perItem.size() / 2), perItem.getFirst(), perItem.getLast());
        if (!(memory.medianKb() > 0 && memory.maxKb() < 100 * 1024)) {
            throw new AssertionError("Implausible retained memory per item, not recorded: " + memory);
        }
        return memory;
    }

    /** Retained memory per item over the trials, in KB. */
    record RetainedMemory(double medianKb, double minKb, double maxKb) {
    }

    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
