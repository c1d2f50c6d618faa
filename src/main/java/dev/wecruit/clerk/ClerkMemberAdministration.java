package dev.wecruit.clerk;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.clerk.ClerkRequestFailedException.Reason;
import dev.wecruit.clerk.internal.ClerkBackendApi;
import dev.wecruit.clerk.internal.ClerkProperties;
import dev.wecruit.clerk.token.ClerkRoles;
import dev.wecruit.shared.EmailAddress;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The firm's members as its admins manage them in Clerk mode: invitations, roles and removals are asked of Clerk's
 * Backend API, which is where organizations and their members live. Wecruit changes nothing itself: Clerk's webhooks
 * bring each change back, as they do for changes made in Clerk's dashboard, and record it in the audit log with
 * Clerk as the actor. What is recorded here, in the firm's audit log, is the admin's request.
 *
 * <p>The rules of local mode hold before anything is sent: a firm keeps an active admin, and nobody removes
 * themselves. When Clerk refuses or does not answer, a {@link ClerkRequestFailedException} says so and nothing is
 * recorded. Without {@code wecruit.auth.clerk.secret-key} the Members page is read-only ({@link #available()}).
 */
@Service
@ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "clerk")
public class ClerkMemberAdministration {

    private final OrganizationService organizations;
    private final AccountRepository accounts;
    private final CurrentTenant currentTenant;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ClerkBackendApi clerk;

    ClerkMemberAdministration(ClerkProperties properties, OrganizationService organizations,
            AccountRepository accounts, CurrentTenant currentTenant, AuditLog audit, TransactionTemplate transactions) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.currentTenant = currentTenant;
        this.audit = audit;
        this.transactions = transactions;
        this.clerk = properties.hasSecretKey() ? new ClerkBackendApi(properties) : null;
    }

    /** Whether admins can change members from Wecruit: only with the instance's secret key. */
    public boolean available() {
        return clerk != null;
    }

    /**
     * Asks Clerk to email an invitation to the firm's organization; the person becomes a member when they accept,
     * through Clerk's membership webhook.
     *
     * @throws InvalidInputException under {@code email} or {@code role}; nothing is sent
     * @throws ClerkRequestFailedException when Clerk refuses (already a member or invited, ...) or does not answer
     */
    @RequiresRole(Role.ADMIN)
    public void invite(String email, Role role) {
        var errors = new FieldErrors();
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            errors.reject("email", "Enter the email Clerk should send the invitation to");
        } else if (!EmailAddress.isValid(normalized)) {
            errors.reject("email", "Enter an email such as anna@example.com");
        }
        if (role == null) {
            errors.reject("role", "Choose what they may do");
        }
        errors.throwIfAny();
        String organization = organization();
        String inviter = clerkUserOf(currentTenant.requireMember().membership().memberId(), null);
        api().invite(organization, normalized, ClerkRoles.toClerk(role), inviter);
        transactions.executeWithoutResult(status -> audit.record(AuditAction.MEMBER_INVITED, normalized,
                "Through Clerk, as " + label(role) + "; they join when they accept Clerk's email"));
    }

    /**
     * Asks Clerk to change a member's role. Until Clerk's webhook confirms it, the member keeps the lower of the two
     * roles (decision 0015): a demotion applies on their next request, a promotion once confirmed.
     *
     * @throws InvalidInputException under {@code role} when the firm would be left without an active admin
     * @throws ClerkRequestFailedException when Clerk refuses or does not answer
     */
    @RequiresRole(Role.ADMIN)
    public void changeRole(UUID memberId, Role role) {
        MemberSummary member = activeMember(memberId, "role");
        if (role == null || member.role() == role) {
            return;
        }
        if (member.role() == Role.ADMIN && isLastAdmin(member)) {
            throw new InvalidInputException(Map.of("role",
                    "The firm needs an active admin: make someone else an admin "
                    + "first"));
        }
        api().changeRole(organization(), clerkUserOf(memberId, member), ClerkRoles.toClerk(role));
        transactions.executeWithoutResult(status -> audit.record(AuditAction.MEMBER_ROLE_CHANGE_REQUESTED,
                nameOf(member), member.role().label() + " → " + role.label()));
    }

    /**
     * Asks Clerk to remove a member from the organization; they lose access when Clerk's webhook arrives, and with
     * their next token at the latest.
     *
     * @throws InvalidInputException under {@code active} for oneself or the last admin
     * @throws ClerkRequestFailedException when Clerk refuses or does not answer
     */
    @RequiresRole(Role.ADMIN)
    public void remove(UUID memberId) {
        MemberSummary member = activeMember(memberId, "active");
        if (member.id().equals(currentTenant.requireMember().membership().memberId())) {
            throw new InvalidInputException(Map.of("active", "You cannot remove yourself; ask another admin"));
        }
        if (member.role() == Role.ADMIN && isLastAdmin(member)) {
            throw new InvalidInputException(Map.of("active",
                    "The firm needs an active admin: make someone else an admin "
                    + "first"));
        }
        api().remove(organization(), clerkUserOf(memberId, member));
        transactions.executeWithoutResult(status -> audit.record(AuditAction.MEMBER_REMOVAL_REQUESTED,
                nameOf(member), "Asked Clerk to remove them from the organization"));
    }

    private ClerkBackendApi api() {
        if (clerk == null) {
            throw new ClerkRequestFailedException(Reason.NOT_POSSIBLE, "Members are changed in Clerk's dashboard:"
                    + " Wecruit has no Clerk secret key (wecruit.auth.clerk.secret-key).");
        }
        return clerk;
    }

    private MemberSummary activeMember(UUID memberId, String field) {
        MemberSummary member = transactions.execute(status -> organizations.member(memberId))
                .orElseThrow(() -> new RecordNotFoundException("member", memberId));
        if (!member.active()) {
            throw new InvalidInputException(Map.of(field, member.displayName() + " is no longer a member"));
        }
        return member;
    }

    private boolean isLastAdmin(MemberSummary member) {
        List<MemberSummary> all = transactions.execute(status -> organizations.members());
        return all.stream().noneMatch(other -> other.active() && other.role() == Role.ADMIN
                && !other.id().equals(member.id()));
    }

    private String organization() {
        UUID tenantId = currentTenant.requireMember().membership().tenantId();
        return organizations.clerkOrganizationIdOf(tenantId).orElseThrow(() -> new ClerkRequestFailedException(
                Reason.NOT_POSSIBLE, "This firm is not a Clerk organization, so Clerk cannot change its members."));
    }

    /** The member's Clerk user; for the inviter ({@code member} null) none is fine, Clerk then names no inviter. */
    private String clerkUserOf(UUID memberId, MemberSummary member) {
        UUID accountId = member != null ? member.accountId()
                : transactions.execute(status -> organizations.member(memberId)).map(MemberSummary::accountId)
                        .orElse(null);
        String userId = accountId == null ? null : accounts.findById(accountId).map(Account::clerkUserId)
                .orElse(null);
        if (userId == null && member != null) {
            throw new ClerkRequestFailedException(Reason.NOT_POSSIBLE, member.displayName() + " has not signed in"
                    + " with Clerk yet, so Clerk does not know them as a member. Change them in Clerk's dashboard.");
        }
        return userId;
    }

    private static String nameOf(MemberSummary member) {
        return AuditLog.person(member.displayName(), member.email());
    }

    private static String label(Role role) {
        return role.label().toLowerCase(Locale.ROOT);
    }
}
