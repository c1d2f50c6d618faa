package dev.wecruit.shared;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many records a list holds, counted exactly up to a bound and no further: past the bound, all a list needs to
 * say is "10,000+", and counting a million rows to say more would cost every keystroke.
 *
 * @param value the exact number, or the bound when there are more
 * @param more true when there are more than {@code value}
 */
public record BoundedCount(long value, boolean more) {

    public BoundedCount {
        if (value < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
    }

    public static BoundedCount exactly(long value) {
        return new BoundedCount(value, false);
    }

    public static BoundedCount moreThan(long bound) {
        return new BoundedCount(bound, true);
    }

    /** The count of {@code counted} rows when counting stopped at {@code bound} (it read at most bound + 1). */
    public static BoundedCount of(long counted, long bound) {
        return counted > bound ? moreThan(bound) : exactly(counted);
    }

    public boolean isZero() {
        return value == 0 && !more;
    }

    /** "1,234" or "10,000+". */
    public String formatted() {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value) + (more ? "+" : "");
    }
}
