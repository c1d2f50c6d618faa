package dev.wecruit.clerk.token;

import java.io.Serial;

/**
 * A Clerk session token that does not sign anybody in. The reason code is for the operator's security log
 * ({@code token-expired}, {@code issuer-mismatch}, ...); the client is never told it, so a forger learns nothing
 * from trying.
 */
public class ClerkTokenRejectedException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String reasonCode;

    public ClerkTokenRejectedException(String reasonCode) {
        this(reasonCode, null);
    }

    public ClerkTokenRejectedException(String reasonCode, Throwable cause) {
        // the message never quotes the token: tokens are credentials, and logs are read by many
        super("Clerk session token rejected: " + reasonCode, cause);
        this.reasonCode = reasonCode;
    }

    /** A short, stable code such as {@code token-expired}; safe to log, never shown to the client. */
    public String reasonCode() {
        return reasonCode;
    }
}
