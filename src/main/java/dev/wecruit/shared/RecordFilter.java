package dev.wecruit.shared;

import java.util.List;
import java.util.Objects;

/**
 * A condition on records of one kind, over the fields {@code F} that kind lets callers filter by: conditions on a
 * field joined with and, or and not. The API builds one from an integrator's filter input; the record's service turns
 * it into its query, so a caller never names a column.
 *
 * @param <F> the filterable fields of the record, such as {@code CompanyField}
 */
public sealed interface RecordFilter<F extends Enum<F>> {

    /** Every part holds; no parts: every record. */
    record All<F extends Enum<F>>(List<RecordFilter<F>> parts) implements RecordFilter<F> {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds; no parts: no record. */
    record Any<F extends Enum<F>>(List<RecordFilter<F>> parts) implements RecordFilter<F> {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    record Not<F extends Enum<F>>(RecordFilter<F> part) implements RecordFilter<F> {
        public Not {
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * One field compared with values: one value for every operator but {@link Operator#IN}. Values have the field's
     * type (a {@code String}, a {@code UUID}, an {@code Instant}, a {@code LocalDate} or the field's enum).
     */
    record Condition<F extends Enum<F>>(F field, Operator operator, List<?> values) implements RecordFilter<F> {
        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            values = List.copyOf(values);
            if (operator != Operator.IN && values.size() != 1) {
                throw new IllegalArgumentException(operator + " compares with one value, not " + values.size());
            }
        }
    }

    enum Operator {
        EQ,
        IN,
        /** Text that starts with the value, in any case. */
        STARTS_WITH,
        /** Text that contains the value, in any case. */
        CONTAINS,
        /** At or after the value: a time or a date. */
        FROM,
        /** Strictly before the value: a time or a date. */
        BEFORE
    }

    static <F extends Enum<F>> RecordFilter<F> everything() {
        return new All<>(List.of());
    }

    static <F extends Enum<F>> RecordFilter<F> where(F field, Operator operator, Object value) {
        return new Condition<>(field, operator, List.of(value));
    }

    /**
     * The order of a list of records: one of their fields, with the record's id after it so that the order is total
     * and a keyset position names exactly one place.
     */
    record Order<F extends Enum<F>>(F field, boolean ascending) {
        public Order {
            Objects.requireNonNull(field, "field");
        }
    }
}
