package dev.wecruit.platform.db;

/**
 * The embedded PostgreSQL could not start, for a reason a person can fix. {@link EmbeddedDatabaseFailureAnalyzer}
 * turns it into a startup report that names the cause and the fix instead of a bare stack trace.
 */
public class EmbeddedDatabaseStartupException extends RuntimeException {

    /** Why the embedded database could not start. */
    public enum Reason {
        PORT_IN_USE,
        DIRECTORY_NOT_WRITABLE,
        DIRECTORY_LOCKED,
        DISK_FULL,
        ORPHAN_WOULD_NOT_STOP,
        POSTGRES_FAILED
    }

    private final Reason reason;
    private final String action;

    public EmbeddedDatabaseStartupException(Reason reason, String description, String action, Throwable cause) {
        super(description, cause);
        this.reason = reason;
        this.action = action;
    }

    public EmbeddedDatabaseStartupException(Reason reason, String description, String action) {
        this(reason, description, action, null);
    }

    public Reason reason() {
        return reason;
    }

    /** What the person starting Wecruit should do about it. */
    public String action() {
        return action;
    }
}
