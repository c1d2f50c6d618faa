package dev.wecruit.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects one message per field while input is checked, then refuses the input if there were any. */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records a message for the field, unless it already has one (the first problem is the one to fix first). */
    public FieldErrors reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws InvalidInputException with every message collected, if there is any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
