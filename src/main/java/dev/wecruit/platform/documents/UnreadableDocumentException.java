package dev.wecruit.platform.documents;

/**
 * A document that cannot or should not be read. {@link #getMessage()} is a sentence a recruiter can act on;
 * {@link #reason()} is for code (an API error type, a metric).
 */
public class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not a PDF, Word or plain-text file (or a Word format too old to read). */
        UNSUPPORTED_TYPE,
        /** Protected by a password needed to open it. */
        ENCRYPTED,
        /** Opens, but holds no text: a scan or a picture of a CV. */
        NO_TEXT,
        /** Damaged, truncated, or not really the format its first bytes claim. */
        CORRUPT,
        TOO_MANY_PAGES,
        /** Unpacks to far more than a document holds: a zip bomb, or a file with hundreds of parts. */
        ARCHIVE_TOO_LARGE,
        /** The reading thread was interrupted (a caller's timeout); nothing was returned. */
        INTERRUPTED
    }

    private final Reason reason;
    private final DocumentFormat format;

    public UnreadableDocumentException(Reason reason, DocumentFormat format, String message) {
        this(reason, format, message, null);
    }

    public UnreadableDocumentException(Reason reason, DocumentFormat format, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.format = format;
    }

    public Reason reason() {
        return reason;
    }

    /** The format the content was recognised as; null when it was not recognised. */
    public DocumentFormat format() {
        return format;
    }
}
