package dev.wecruit.clerk;

import java.io.Serial;

/**
 * Clerk did not do what an admin asked (it refused, or did not answer): nothing changed, in Clerk or here. The
 * message is for the admin, in plain words; Clerk's own explanation is in it when Clerk gave one.
 */
public class ClerkRequestFailedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why, in one word, for logs and tests. */
    public enum Reason {
        /** Clerk answered and said no (already invited, not a member, a role the instance lacks, ...). */
        REFUSED,
        /** Clerk did not accept Wecruit's secret key. */
        NOT_AUTHORIZED,
        /** Clerk did not answer in time, or failed. */
        UNAVAILABLE,
        /** Wecruit has no secret key, or the member or firm is not known to Clerk. */
        NOT_POSSIBLE
    }

    private final Reason reason;

    public ClerkRequestFailedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ClerkRequestFailedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
