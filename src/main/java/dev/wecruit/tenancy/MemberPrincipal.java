package dev.wecruit.tenancy;

import java.util.List;

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
}
