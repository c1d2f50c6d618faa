package dev.wecruit.auth.internal;

import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.Membership;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in local account. Serializable, because it lives in the HTTP session. An account
 * without any active membership is disabled: it has no firm to act for.
 */
public final class SignedInMember implements UserDetails, CredentialsContainer, MemberPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final List<Membership> memberships;
    private final Membership membership;

    public SignedInMember(UUID accountId, String email, String displayName, String passwordHash, boolean enabled,
            List<Membership> memberships) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.memberships = List.copyOf(memberships);
        this.enabled = enabled && !memberships.isEmpty();
        this.membership = memberships.isEmpty() ? null : memberships.getFirst();
    }

    public UUID accountId() {
        return accountId;
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
        return "SignedInMember[" + email + "]";
    }
}
