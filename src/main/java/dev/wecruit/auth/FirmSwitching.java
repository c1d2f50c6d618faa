package dev.wecruit.auth;

import com.vaadin.flow.component.UI;
import dev.wecruit.auth.spi.SignedInMembers;
import dev.wecruit.tenancy.Membership;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A member of several firms switching between them. How the switch happens is the sign-in mode's business
 * ({@link SignInMode#switchFirm}); this is what the firm switcher asks.
 */
@Service
public class FirmSwitching {

    private final SignedInMembers members;
    private final SignInMode signIn;

    FirmSwitching(SignedInMembers members, SignInMode signIn) {
        this.members = members;
        this.signIn = signIn;
    }

    /** The firms the signed-in member may act for. */
    public List<Membership> firms() {
        return members.current().map(member -> member.memberships()).orElse(List.of());
    }

    /**
     * Acts for another of the member's firms; the open tabs of the session start again in it.
     *
     * @throws IllegalArgumentException unless the member belongs to that firm
     */
    public void switchTo(UI ui, UUID tenantId) {
        if (firms().stream().noneMatch(firm -> firm.tenantId().equals(tenantId))) {
            throw new IllegalArgumentException("Not a member of that firm");
        }
        signIn.switchFirm(ui, tenantId);
    }
}
