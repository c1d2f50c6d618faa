package dev.wecruit.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many records a list holds, as far as it is worth counting them: exactly up to a bound, "10,000+" past it,
 * or, when even that would cost a keystroke too much, an estimate that says it is one ("about 6,200"). Counting a
 * million rows at every keystroke to say more would cost every keystroke.
 *
 * @param value the exact number, the bound when there are more, or the estimate
 * @param more true when there are more than {@code value}
 * @param estimated true when {@code value} is an estimate
 */
public record BoundedCount(long value, boolean more, boolean estimated) {

    public BoundedCount {
        if (value < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
        if (more && estimated) {
            throw new IllegalArgumentException("A count is either past its bound or an estimate");
        }
    }

    public static BoundedCount exactly(long value) {
        return new BoundedCount(value, false, false);
    }

    public static BoundedCount moreThan(long bound) {
        return new BoundedCount(bound, true, false);
    }

    /** An estimate, rounded to two significant digits: it claims no more precision than it has. */
    public static BoundedCount about(long estimate) {
        long rounded = estimate < 100 ? estimate
                : new BigDecimal(estimate).round(new MathContext(2, RoundingMode.HALF_UP)).longValueExact();
        return new BoundedCount(rounded, false, true);
    }

    /** The count of {@code counted} rows when counting stopped at {@code bound} (it read at most bound + 1). */
    public static BoundedCount of(long counted, long bound) {
        return counted > bound ? moreThan(bound) : exactly(counted);
    }

    public boolean isZero() {
        return value == 0 && !more && !estimated;
    }

    /** "1,234", "10,000+" or "about 6,200". */
    public String formatted() {
        String number = NumberFormat.getIntegerInstance(Locale.UK).format(value);
        return estimated ? "about " + number : number + (more ? "+" : "");
    }
}
