package dev.wecruit.shared;

import java.util.UUID;

/**
 * No such record in the current firm. Also what a record of another firm looks like: it does not exist for you.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String record;
    private final UUID id;

    public RecordNotFoundException(String record, UUID id) {
        super("No " + record + " with id " + id);
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
