package dev.wecruit.auth.spi;

import java.util.Optional;

/**
 * Signs in an API request by a sign-in mode's own bearer token (a Clerk session token), for that request only: the
 * API asks it for every bearer credential that is not an API key. Local mode has none, so there the API takes keys
 * only.
 */
public interface BearerSignIn {

    /** The member the token signs in; empty when it signs nobody in (invalid, expired, or no firm active in it). */
    Optional<SignedInMember> signIn(String token);
}
