package dev.wecruit.clerk.internal;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.spi.BearerSignIn;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.clerk.token.ClerkTokenRejectedException;
import dev.wecruit.clerk.token.ClerkTokenVerifier;
import java.util.Optional;

/**
 * A Clerk session token sent to the API as {@code Authorization: Bearer}: verified like a browser's, for the one
 * request, with no HTTP session. A rejected token is recorded as a security event, never explained to the client.
 */
class ClerkBearerSignIn implements BearerSignIn {

    private final ClerkTokenVerifier verifier;
    private final ClerkMembers members;
    private final AuditLog audit;

    ClerkBearerSignIn(ClerkTokenVerifier verifier, ClerkMembers members, AuditLog audit) {
        this.verifier = verifier;
        this.members = members;
        this.audit = audit;
    }

    @Override
    public Optional<SignedInMember> signIn(String token) {
        try {
            return members.of(verifier.verify(token));
        } catch (ClerkTokenRejectedException e) {
            audit.recordSecurityEvent(AuditAction.SESSION_TOKEN_REJECTED, e.reasonCode());
            return Optional.empty();
        }
    }
}
