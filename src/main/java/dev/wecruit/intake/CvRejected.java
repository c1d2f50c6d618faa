package dev.wecruit.intake;

/**
 * A CV that cannot be read: its message tells the recruiter why, in their words, and the kind says which HTTP
 * status the API answers with.
 */
public class CvRejected extends Exception {

    /** Why a CV was refused. */
    public enum Kind {
        /** Larger than the firm accepts: 413. */
        TOO_LARGE,
        /** Not a PDF, Word or text file: 415. */
        UNSUPPORTED,
        /** Damaged, password-protected, a scan without text, too long, or too slow to read: 422. */
        UNREADABLE
    }

    private final Kind kind;

    public CvRejected(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CvRejected(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
