package dev.wecruit.auth.spi;

import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.Membership;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person, however they signed in (a local password or a Clerk session token): their account, every
 * firm they belong to, and the one they act for now. Immutable and serializable, because it lives in the HTTP
 * session; a refresh or a switch of firm makes a new one. An account without any active membership is disabled: it
 * has no firm to act for.
 */
public final class SignedInMember implements UserDetails, CredentialsContainer, MemberPrincipal {

    @Serial
    private static final long serialVersionUID = 2L;

    private final UUID accountId;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean credentialsNonExpired;
    private final boolean mustChangePassword;
    private final List<Membership> memberships;
    private final Membership membership;

    private SignedInMember(UUID accountId, String email, String displayName, String passwordHash, boolean enabled,
            boolean credentialsNonExpired, boolean mustChangePassword, List<Membership> memberships,
            Membership membership) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.memberships = List.copyOf(memberships);
        this.enabled = enabled && membership != null;
        this.credentialsNonExpired = credentialsNonExpired;
        this.mustChangePassword = mustChangePassword;
        this.membership = membership;
    }

    /** A local account about to sign in: it acts for its first firm. */
    public static SignedInMember local(Account account, boolean credentialsNonExpired, List<Membership> memberships) {
        return new SignedInMember(account.id(), account.email(), account.displayName(), account.passwordHash(),
                account.enabled(), credentialsNonExpired, account.passwordMustChange(), memberships,
                memberships.isEmpty() ? null : memberships.getFirst());
    }

    /** A Clerk user acting for the firm of their session token. */
    public static SignedInMember clerk(Account account, List<Membership> memberships, Membership active) {
        return new SignedInMember(account.id(), account.email(), account.displayName(), null, account.enabled(),
                true, false, memberships, active);
    }

    /**
     * The same person as the database sees them now: their name, role and firms may have changed since sign-in.
     * Empty when they may no longer act for the firm they were acting for (removed, deactivated, firm closed).
     */
    public Optional<SignedInMember> refreshed(Account account, List<Membership> current) {
        if (!account.enabled()) {
            return Optional.empty();
        }
        return current.stream().filter(m -> m.tenantId().equals(membership.tenantId())).findFirst()
                .map(active -> new SignedInMember(accountId, account.email(), account.displayName(), null, true,
                        true, account.passwordMustChange(), current, active));
    }

    /** The same person acting for another of their firms. */
    public SignedInMember actingFor(UUID tenantId) {
        Membership target = memberships.stream().filter(m -> m.tenantId().equals(tenantId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a member of that firm"));
        return new SignedInMember(accountId, email, displayName, null, enabled, credentialsNonExpired,
                mustChangePassword, memberships, target);
    }

    /** The same person after choosing their own password. */
    public SignedInMember withPasswordChanged() {
        return new SignedInMember(accountId, email, displayName, null, enabled, true, false, memberships,
                membership);
    }

    /** Whether nothing others see of this person changed: name, firms, roles, the firm acted for. */
    public boolean sameAs(SignedInMember other) {
        return java.util.Objects.equals(email, other.email) && displayName.equals(other.displayName)
                && mustChangePassword == other.mustChangePassword && memberships.equals(other.memberships)
                && java.util.Objects.equals(membership, other.membership);
    }

    public UUID accountId() {
        return accountId;
    }

    /** Signed in with a one-time password: they must choose their own before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Membership membership() {
        return membership;
    }

    @Override
    public List<Membership> memberships() {
        return memberships;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return membership == null ? List.of()
                : membership.role().authorities().stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isCredentialsNonExpired() {
        return credentialsNonExpired;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInMember that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInMember[" + accountId + "]";
    }
}
