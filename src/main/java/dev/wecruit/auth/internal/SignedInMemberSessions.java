package dev.wecruit.auth.internal;

import dev.wecruit.auth.AuthMode;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The signed-in member of the current request, and the changes a member makes to their own session. */
@Component
public class SignedInMemberSessions {

    private final AuthProperties properties;

    SignedInMemberSessions(AuthProperties properties) {
        this.properties = properties;
    }

    public Optional<SignedInMember> current() {
        return SessionPrincipals.current();
    }

    /** Acts for another of the member's firms from now on. */
    public void actFor(UUID tenantId) {
        SignedInMember member = current().orElseThrow(() -> new IllegalStateException("No signed-in member"));
        SessionPrincipals.replace(member.actingFor(tenantId), properties.mode() == AuthMode.LOCAL);
    }

    /** The member chose their own password: the session may do everything again. */
    public void passwordChanged() {
        current().ifPresent(member -> SessionPrincipals.replace(member.withPasswordChanged(),
                properties.mode() == AuthMode.LOCAL));
    }
}
