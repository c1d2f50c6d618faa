package dev.wecruit.platform.graphql;

import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordFilter;
import dev.wecruit.shared.RecordFilter.Operator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one type's filter and order inputs, Twenty's style: {@code {name: {startsWith: "Ac"}, or: [...]}}, into the
 * {@link RecordFilter} its service understands. Each feature declares which input fields there are and which of its
 * fields each one is; the schema's input types (StringFilter, IdFilter, DateTimeFilter, DateFilter, the type's enum
 * filter) say which operators apply, so GraphQL validation has refused anything else before this runs.
 *
 * <p>Inputs are read from maps because {@code in} is a Java keyword, so no record can bind it.
 *
 * @param <F> the filterable fields of the record
 */
public final class FilterInputs<F extends Enum<F>> {

    private final Map<String, Function<Object, Object>> valueOf = new LinkedHashMap<>();
    private final Map<String, F> fields = new LinkedHashMap<>();
    private final Class<F> type;

    private FilterInputs(Class<F> type) {
        this.type = type;
    }

    public static <F extends Enum<F>> FilterInputs<F> of(Class<F> fields) {
        return new FilterInputs<>(fields);
    }

    /** A {@code StringFilter}: eq, in, startsWith, contains. */
    public FilterInputs<F> text(String input, F field) {
        return field(input, field, value -> (String) value);
    }

    /** An {@code IdFilter} over records of the type: eq, in, with global ids. */
    public FilterInputs<F> id(String input, F field, String recordType) {
        return field(input, field, value -> GlobalId.parse((String) value, recordType, "filter." + input));
    }

    /** A {@code DateTimeFilter}: from, before. */
    public FilterInputs<F> time(String input, F field) {
        return field(input, field, value -> (Instant) value);
    }

    /** A {@code DateFilter}: from, before. */
    public FilterInputs<F> date(String input, F field) {
        return field(input, field, value -> (LocalDate) value);
    }

    /** A filter over one of the record's enums (eq, in): the GraphQL enum's values are the Java enum's names. */
    public <E extends Enum<E>> FilterInputs<F> choice(String input, F field, Class<E> values) {
        return field(input, field, value -> Enum.valueOf(values, (String) value));
    }

    private FilterInputs<F> field(String input, F field, Function<Object, Object> value) {
        fields.put(input, field);
        valueOf.put(input, value);
        return this;
    }

    /**
     * The filter an input asks for: its fields' conditions and its {@code and}, {@code or} and {@code not}, all of
     * which must hold. No input: everything.
     */
    public RecordFilter<F> parse(Map<String, Object> input) {
        if (input == null) {
            return RecordFilter.everything();
        }
        List<RecordFilter<F>> parts = new ArrayList<>();
        input.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            switch (name) {
                case "and" -> parts.add(new RecordFilter.All<>(list(value)));
                case "or" -> parts.add(new RecordFilter.Any<>(list(value)));
                case "not" -> parts.add(new RecordFilter.Not<>(parse(map(value))));
                default -> parts.addAll(conditions(name, map(value)));
            }
        });
        return parts.size() == 1 ? parts.getFirst() : new RecordFilter.All<>(parts);
    }

    /**
     * The order an {@code orderBy: {field: NAME, direction: DESC}} input asks for, or the default. The field's
     * GraphQL enum values are names of {@code F}.
     */
    public RecordFilter.Order<F> order(Map<String, Object> input, RecordFilter.Order<F> otherwise) {
        if (input == null || input.get("field") == null) {
            return otherwise;
        }
        F field = Enum.valueOf(type, (String) input.get("field"));
        Object direction = input.get("direction");
        return new RecordFilter.Order<>(field, direction == null || "ASC".equals(direction));
    }

    private List<RecordFilter<F>> list(Object value) {
        List<RecordFilter<F>> parts = new ArrayList<>();
        for (Object part : (List<?>) value) {
            parts.add(parse(map(part)));
        }
        return parts;
    }

    private List<RecordFilter<F>> conditions(String name, Map<String, Object> operators) {
        F field = fields.get(name);
        if (field == null) {
            // the schema's input type and this declaration disagree: a programming error, not the client's
            throw new IllegalStateException("No filter field " + name + " for " + type.getSimpleName());
        }
        Function<Object, Object> value = valueOf.get(name);
        List<RecordFilter<F>> conditions = new ArrayList<>();
        operators.forEach((operatorName, operand) -> {
            if (operand == null) {
                return;
            }
            Operator operator = operator(operatorName);
            List<Object> values = new ArrayList<>();
            if (operator == Operator.IN) {
                ((List<?>) operand).forEach(each -> values.add(value.apply(each)));
            } else {
                values.add(value.apply(operand));
            }
            if ((operator == Operator.STARTS_WITH || operator == Operator.CONTAINS)
                    && values.getFirst().toString().isBlank()) {
                throw InvalidInputException.of("filter." + name + "." + operatorName, "Give some text to look for");
            }
            conditions.add(new RecordFilter.Condition<>(field, operator, values));
        });
        return conditions;
    }

    private static Operator operator(String name) {
        return switch (name) {
            case "eq" -> Operator.EQ;
            case "in" -> Operator.IN;
            case "startsWith" -> Operator.STARTS_WITH;
            case "contains" -> Operator.CONTAINS;
            case "from" -> Operator.FROM;
            case "before" -> Operator.BEFORE;
            default -> throw new IllegalStateException("No filter operator " + name.toLowerCase(Locale.ROOT));
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
