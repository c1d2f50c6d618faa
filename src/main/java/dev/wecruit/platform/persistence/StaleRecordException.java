package dev.wecruit.platform.persistence;

import java.util.UUID;

/**
 * A change was based on an older version of a record: someone else changed it in between. Nothing was saved; the
 * user should reload and try again.
 */
public class StaleRecordException extends RuntimeException {

    private final String record;
    private final UUID id;

    public StaleRecordException(String record, UUID id) {
        super("This record was changed by someone else. Reload it and try again.");
        this.record = record;
        this.id = id;
    }

    public String record() {
        return record;
    }

    public UUID id() {
        return id;
    }
}
