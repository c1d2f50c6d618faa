package dev.wecruit.platform.validation;

import dev.wecruit.shared.EmailAddress;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.PhoneNumber;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks input records for the services: Jakarta Bean Validation on the record's annotations, plus the parsers that
 * turn typed text into normalized values (emails, phone numbers, web addresses, currencies). Problems are collected
 * per field so the user sees them all at once.
 */
@Component
public class InputValidator {

    private final Validator validator;
    private final String defaultPhoneRegion;

    InputValidator(Validator validator, @Value("${wecruit.phone.default-region:GB}") String defaultPhoneRegion) {
        this.validator = validator;
        this.defaultPhoneRegion = defaultPhoneRegion;
    }

    /**
     * The record's constraint violations, one message per field, and any text PostgreSQL cannot store (a NUL
     * character), in the record, its lists and the records inside them.
     */
    public FieldErrors check(Object input) {
        FieldErrors errors = new FieldErrors();
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.reject(field(v), v.getMessage()));
        if (input instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (holdsUnstorableText(value(component, record))) {
                    errors.reject(component.getName(), "Contains a character that cannot be stored");
                }
            }
        }
        return errors;
    }

    private static boolean holdsUnstorableText(Object value) {
        return switch (value) {
            case String text -> text.indexOf('\u0000') >= 0;
            case Collection<?> values -> values.stream().anyMatch(InputValidator::holdsUnstorableText);
            case Record record -> Arrays.stream(record.getClass().getRecordComponents())
                    .anyMatch(component -> holdsUnstorableText(value(component, record)));
            case null, default -> false;
        };
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    /** Null for blank input; otherwise the normalized address, or null with a message recorded. */
    public EmailAddress email(FieldErrors errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return EmailAddress.parse(raw);
        } catch (IllegalArgumentException e) {
            errors.reject(field, e.getMessage());
            return null;
        }
    }

    /** Every non-blank entry normalized, duplicates removed, in order. */
    public List<EmailAddress> emails(FieldErrors errors, String field, List<String> raw) {
        return each(raw, entry -> email(errors, field, entry));
    }

    /** Null for blank input; otherwise the number in E.164, or null with a message recorded. */
    public PhoneNumber phone(FieldErrors errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.parse(raw, defaultPhoneRegion);
        } catch (IllegalArgumentException e) {
            errors.reject(field, e.getMessage());
            return null;
        }
    }

    /** Every non-blank entry normalized, duplicates removed, in order. */
    public List<PhoneNumber> phones(FieldErrors errors, String field, List<String> raw) {
        return each(raw, entry -> phone(errors, field, entry));
    }

    private static <T> List<T> each(List<String> raw, Function<String, T> parse) {
        List<T> result = new ArrayList<>();
        for (String entry : raw == null ? List.<String>of() : raw) {
            T value = parse.apply(entry);
            if (value != null && !result.contains(value)) {
                result.add(value);
            }
        }
        return result;
    }

    /**
     * Null for blank input; otherwise an absolute http(s) address ("https://" is added when typed without a
     * scheme), or null with a message recorded.
     *
     * @param hostSuffix when given, the host must be it or end with "." + it (such as {@code linkedin.com})
     */
    public String webAddress(FieldErrors errors, String field, String raw, String hostSuffix) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (!text.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !host.contains(".")
                    || text.length() > 500) {
                errors.reject(field, "Not a valid web address");
                return null;
            }
            if (hostSuffix != null && !(host.equals(hostSuffix) || host.endsWith("." + hostSuffix))) {
                errors.reject(field, "Must be a " + hostSuffix + " address");
                return null;
            }
            return text;
        } catch (URISyntaxException e) {
            errors.reject(field, "Not a valid web address");
            return null;
        }
    }

    /** Null for blank input; otherwise the ISO 4217 code in upper case, or null with a message recorded. */
    public String currency(FieldErrors errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3) {
                return Currency.getInstance(code).getCurrencyCode();
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message
        }
        errors.reject(field, "Not a currency code (such as EUR, GBP or USD)");
        return null;
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int bracket = path.indexOf('[');
        return bracket > 0 ? path.substring(0, bracket) : path;
    }
}
