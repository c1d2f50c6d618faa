package dev.wecruit.platform.crypto;

/**
 * A sealed value could not be opened: its MAC does not match (it was altered, or sealed under another key), or it
 * names a key version this node does not have. The value is never returned, not even partly.
 */
public class PiiIntegrityException extends RuntimeException {

    private final transient FieldRef field;

    PiiIntegrityException(FieldRef field, String reason) {
        super("Encrypted value of " + field + " cannot be read: " + reason);
        this.field = field;
    }

    public FieldRef field() {
        return field;
    }
}
