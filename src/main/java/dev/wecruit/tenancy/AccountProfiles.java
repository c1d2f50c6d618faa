package dev.wecruit.tenancy;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Who a member's account is: the name colleagues see and the email they sign in with. Accounts are the sign-in
 * module's ({@code auth}); tenancy asks through this interface, which auth implements, instead of reading its table.
 */
public interface AccountProfiles {

    /** The profiles of these accounts; an unknown id is left out. */
    Map<UUID, Profile> of(Collection<UUID> accountIds);

    /** @param email null when not known yet (a Clerk user before their first webhook) */
    record Profile(String displayName, String email) {
    }
}
