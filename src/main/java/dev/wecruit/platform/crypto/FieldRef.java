package dev.wecruit.platform.crypto;

import java.util.UUID;

/**
 * Which record and field a sealed value belongs to, so that a value failing its integrity check can be named in the
 * error and the log. Holds no PII.
 *
 * @param record the kind of record, such as {@code candidate}
 * @param id the record's id
 * @param field the field, such as {@code email}
 */
public record FieldRef(String record, UUID id, String field) {

    @Override
    public String toString() {
        return record + " " + id + ", field " + field;
    }
}
