package dev.wecruit.clerk.internal;

import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.clerk.token.ClerkSession.OrgClaims;
import dev.wecruit.clerk.token.ClerkSession;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The member a verified Clerk session acts as: its firm, account and membership from the database, created on first
 * sight ({@link ClerkProvisioning}).
 */
class ClerkMembers {

    private final ClerkProvisioning provisioning;
    private final OrganizationService organizations;

    ClerkMembers(ClerkProvisioning provisioning, OrganizationService organizations) {
        this.provisioning = provisioning;
        this.organizations = organizations;
    }

    /**
     * The member acting for the session's organization, or none when there is none or they may not act for it
     * (removed, deactivated, firm closed). Their role is the lower of the database's (kept by Clerk's webhooks) and
     * the token's (at most a minute old): a demotion in Clerk applies at once, a promotion once the webhook has
     * arrived.
     */
    Optional<SignedInMember> of(ClerkSession session) {
        return session.organization().flatMap(organization -> actingFor(session, organization));
    }

    private Optional<SignedInMember> actingFor(ClerkSession session, OrgClaims organization) {
        UUID tenantId = provisioning.firmOf(organization);
        Account account = provisioning.accountOf(session.userId(), session.email().orElse(null),
                session.name().orElse(null));
        if (!account.enabled()) {
            return Optional.empty();
        }
        List<Membership> memberships = organizations.membershipsOfAccount(account.id());
        Optional<Membership> active = membershipOf(memberships, tenantId);
        if (active.isEmpty()) {
            provisioning.joinFromToken(tenantId, account, organization.role());
            memberships = organizations.membershipsOfAccount(account.id());
            active = membershipOf(memberships, tenantId);
        }
        List<Membership> all = memberships;
        return active.map(membership -> SignedInMember.clerk(account, all, new Membership(membership.memberId(),
                membership.tenantId(), membership.organizationName(), lower(membership.role(), organization.role()))));
    }

    private static Optional<Membership> membershipOf(List<Membership> memberships, UUID tenantId) {
        return memberships.stream().filter(membership -> membership.tenantId().equals(tenantId)).findFirst();
    }

    private static Role lower(Role a, Role b) {
        return a.includes(b) ? b : a;
    }
}
