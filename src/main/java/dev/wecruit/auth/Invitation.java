package dev.wecruit.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * An invited member.
 *
 * @param oneTimePassword for a new account, the password to hand over; it works once, until {@code expiresAt}. None
 *     when the person already had an account (a member of another firm): they sign in with their own password
 */
public record Invitation(UUID memberId, String email, String oneTimePassword, Instant expiresAt) {

    public boolean newAccount() {
        return oneTimePassword != null;
    }
}
