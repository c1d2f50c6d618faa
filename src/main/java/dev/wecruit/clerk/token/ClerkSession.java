package dev.wecruit.clerk.token;

import dev.wecruit.tenancy.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verified Clerk session token says: who the user is, which Clerk session it belongs to, and the
 * organization active in it. Only {@link ClerkTokenVerifier} makes one, so holding one means the token was valid.
 *
 * @param userId the Clerk user ({@code sub}), such as {@code user_2h8op3Isl1QR7tKu5FGNfaLKEoU}
 * @param sessionId the Clerk session ({@code sid}); one sign-in, across all of the user's tabs
 * @param organization the active organization and the user's role in it; empty when none is active
 * @param email the user's email, only when the instance adds an {@code email} claim to its tokens
 * @param name the user's name, only when the instance adds a {@code name} claim to its tokens
 */
public record ClerkSession(String userId, String sessionId, Optional<OrgClaims> organization,
        Optional<String> email, Optional<String> name) {

    public ClerkSession {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The organization active in a session token, from either token shape: v2 ({@code o.id}, {@code o.rol},
     * {@code o.slg}) or v1 ({@code org_id}, {@code org_role}, {@code org_slug}).
     *
     * @param orgId the Clerk organization ({@code org_...})
     * @param role the user's role in it, as a Wecruit role (see {@link ClerkRoles})
     * @param slug the organization's slug in Clerk, if any: it names a firm created before Clerk's webhook does
     */
    public record OrgClaims(String orgId, Role role, String slug) {

        public OrgClaims {
            Objects.requireNonNull(orgId, "orgId");
            Objects.requireNonNull(role, "role");
        }
    }
}
