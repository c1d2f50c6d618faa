package dev.wecruit.auth.spi;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import java.util.List;

/**
 * Sign-ins in the audit log. A success is recorded in the firm the member signs in to; a failure for an account
 * in every firm the account belongs to, so each firm's admins see attempts on their members; a failure for an email
 * no account has, as a security event for the operator, without the email (people type passwords into it).
 */
public class SignInAudit {

    private final AuditLog audit;
    private final CurrentTenant currentTenant;
    private final OrganizationService organizations;
    private final AccountRepository accounts;

    public SignInAudit(AuditLog audit, CurrentTenant currentTenant, OrganizationService organizations,
            AccountRepository accounts) {
        this.audit = audit;
        this.currentTenant = currentTenant;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    /** Call after the principal is known and before it is put in the security context. */
    public void signedIn(MemberPrincipal member, String how) {
        Membership active = member.membership();
        currentTenant.runAs(active.tenantId(), () -> audit.recordAs(AuditLog.actorName(member), active.memberId(),
                AuditAction.SIGNED_IN, null, how));
    }

    public void failed(String normalizedEmail, String why) {
        var account = accounts.findByEmail(normalizedEmail);
        List<Membership> firms = account.map(found -> organizations.membershipsOfAccount(found.id())).orElse(List.of());
        if (firms.isEmpty()) {
            audit.recordSecurityEvent(AuditAction.SIGN_IN_FAILED, why + "; no member with that email");
            return;
        }
        for (Membership firm : firms) {
            currentTenant.runAs(firm.tenantId(), () -> audit.recordAs("Someone signing in as " + normalizedEmail,
                    null, AuditAction.SIGN_IN_FAILED, AuditLog.person(account.get().displayName(), normalizedEmail),
                    why));
        }
    }
}
