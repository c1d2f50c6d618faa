package dev.wecruit.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a user gave was refused, with a message per field (keyed by the field's name in the input record, such as
 * {@code email} or {@code companyId}). Nothing was saved.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(describe(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** Message per field, in the order found. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String describe(Map<String, String> errors) {
        var text = new StringBuilder("Invalid input:");
        errors.forEach((field, message) -> text.append(' ').append(field).append(": ").append(message).append(';'));
        return text.toString();
    }
}
