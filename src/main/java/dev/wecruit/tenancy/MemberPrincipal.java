package dev.wecruit.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in person as tenancy sees them, whatever signed them in. The active membership decides the tenant.
 */
public interface MemberPrincipal {

    String email();

    String displayName();

    /** The firm this person is acting for now. */
    Membership membership();

    /** Every firm this person belongs to, the active one included. */
    List<Membership> memberships();

    /**
     * The API key this principal is, if it is one: what the API's records of personal-data reads are kept by, and
     * what tells a key's role from a member's where they may differ (a viewer key reads no contact details). Empty
     * for a member, whatever signed them in.
     */
    default Optional<UUID> apiKeyId() {
        return Optional.empty();
    }
}
