package dev.wecruit.platform.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code DateTime}: an instant as ISO-8601 text in UTC ({@code 2026-12-02T09:30:00Z}; an offset is accepted on
 * input). {@code Date}: a day as {@code 2026-12-02}, in the firm's time zone where the day is the firm's.
 */
final class ApiScalars {

    static final GraphQLScalarType DATE_TIME = scalar("DateTime", "An instant, ISO-8601 in UTC: 2026-12-02T09:30:00Z",
            Instant.class, text -> OffsetDateTime.parse(text).toInstant());
    static final GraphQLScalarType DATE = scalar("Date", "A day, ISO-8601: 2026-12-02", LocalDate.class,
            LocalDate::parse);

    private ApiScalars() {
    }

    private static <T> GraphQLScalarType scalar(String name, String description, Class<T> type,
            Function<String, T> parse) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {

            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (type.isInstance(value)) {
                    return value.toString();
                }
                throw new CoercingSerializeException("Not a " + name + ": " + value);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text) {
                    try {
                        return parse.apply(text);
                    } catch (DateTimeException notOne) {
                        // answered below
                    }
                }
                throw new CoercingParseValueException("Not a " + name + " (" + description + "): " + input);
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                    Locale locale) {
                if (input instanceof StringValue text) {
                    try {
                        return parse.apply(text.getValue());
                    } catch (DateTimeException notOne) {
                        // answered below
                    }
                }
                throw new CoercingParseLiteralException("Not a " + name + " (" + description + ")");
            }
        }).build();
    }
}
