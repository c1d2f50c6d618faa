package dev.wecruit.auth.internal;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads a local account and its memberships for sign-in. */
class LocalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final OrganizationService organizations;
    private final Clock clock;

    LocalUserDetailsService(AccountRepository accounts, OrganizationService organizations, Clock clock) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(LocalAccountService.normalizeEmail(email))
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        boolean unexpired = account.passwordExpiresAt() == null || clock.instant().isBefore(account.passwordExpiresAt());
        return SignedInMember.local(account, unexpired, organizations.membershipsOfAccount(account.id()));
    }
}
