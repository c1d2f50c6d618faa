package dev.wecruit.auth;

import dev.wecruit.auth.internal.AuthProperties;
import dev.wecruit.auth.internal.SignedInMemberSessions;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A member of several firms switching between them. In local mode the session acts for the chosen firm from now
 * on; in Clerk mode the firm is the active organization of the Clerk session, so the browser asks Clerk to switch
 * and every request after carries the new one. Either way, open views of the old firm are reloaded by the caller.
 */
@Service
public class FirmSwitching {

    private final AuthProperties properties;
    private final SignedInMemberSessions sessions;
    private final OrganizationService organizations;

    FirmSwitching(AuthProperties properties, SignedInMemberSessions sessions, OrganizationService organizations) {
        this.properties = properties;
        this.sessions = sessions;
        this.organizations = organizations;
    }

    public AuthMode mode() {
        return properties.mode();
    }

    /** The firms the signed-in member may act for. */
    public List<Membership> firms() {
        return sessions.current().map(member -> member.memberships()).orElse(List.of());
    }

    /**
     * Acts for another of the member's firms (local mode).
     *
     * @throws IllegalArgumentException unless the member belongs to that firm
     */
    public void switchTo(UUID tenantId) {
        if (properties.mode() != AuthMode.LOCAL) {
            throw new IllegalStateException("In Clerk mode the browser switches the Clerk session's organization");
        }
        sessions.actFor(tenantId);
    }

    /** The Clerk organization of one of the member's firms, for the browser to make active (Clerk mode). */
    public Optional<String> clerkOrganizationOf(UUID tenantId) {
        if (firms().stream().noneMatch(firm -> firm.tenantId().equals(tenantId))) {
            return Optional.empty();
        }
        return organizations.clerkOrganizationIdOf(tenantId);
    }
}
