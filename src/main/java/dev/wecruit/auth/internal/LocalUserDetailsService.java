package dev.wecruit.auth.internal;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.tenancy.OrganizationService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads a local account and its memberships for sign-in. */
class LocalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final OrganizationService organizations;

    LocalUserDetailsService(AccountRepository accounts, OrganizationService organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(LocalAccountService.normalizeEmail(email))
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return new SignedInMember(account.id(), account.email(), account.displayName(), account.passwordHash(),
                account.enabled(), organizations.membershipsOfAccount(account.id()));
    }
}
