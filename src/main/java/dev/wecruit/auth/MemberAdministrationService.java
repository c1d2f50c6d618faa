package dev.wecruit.auth;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.internal.AuthProperties;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.shared.EmailAddress;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's members, as its admins manage them: invitations (local mode), roles, deactivation. Every change is in
 * the audit log, in the same transaction. In Clerk mode members are managed in Clerk and only listed here.
 */
@Service
public class MemberAdministrationService {

    /** Letters and digits that cannot be mistaken for each other when read out or copied by hand. */
    private static final char[] PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
            .toCharArray();
    private static final int ONE_TIME_PASSWORD_LENGTH = 16;

    private final OrganizationService organizations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final AuthProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MemberAdministrationService(OrganizationService organizations, AccountRepository accounts,
            PasswordEncoder passwordEncoder, AuditLog audit, AuthProperties properties, Clock clock) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether members are managed in Clerk, and only shown here. */
    public boolean managedInClerk() {
        return properties.mode() == AuthMode.CLERK;
    }

    /** Every member of the firm, past ones included. */
    @Transactional(readOnly = true)
    @RequiresRole(Role.ADMIN)
    public List<MemberSummary> members() {
        return organizations.members();
    }

    /**
     * Invites a person to the firm. A new account gets a one-time password, which must be changed at the first
     * sign-in; a person who already has an account (a member of another firm) is added and keeps their password.
     *
     * @throws InvalidInputException under {@code email}, {@code displayName} or {@code role}; nothing is changed
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public Invitation invite(String email, String displayName, Role role) {
        requireLocalMode();
        var errors = new FieldErrors();
        String normalized = LocalAccountService.normalizeEmail(email);
        if (normalized.isEmpty()) {
            errors.reject("email", "Enter the email they will sign in with");
        } else if (!EmailAddress.isValid(normalized)) {
            errors.reject("email", "Enter an email such as anna@example.com");
        }
        if (displayName == null || displayName.isBlank()) {
            errors.reject("displayName", "Enter their name as colleagues will see it");
        } else if (displayName.strip().length() > 200) {
            errors.reject("displayName", "At most 200 characters");
        }
        if (role == null) {
            errors.reject("role", "Choose what they may do");
        }
        errors.throwIfAny();

        Optional<Account> existing = accounts.findByEmail(normalized);
        String oneTimePassword = existing.isPresent() ? null : oneTimePassword();
        Instant expiresAt = existing.isPresent() ? null : clock.instant().plus(properties.invitationValidity());
        Account account = existing.orElseGet(() -> accounts.save(Account.invited(normalized, displayName.strip(),
                passwordEncoder.encode(oneTimePassword), expiresAt)));
        UUID memberId = organizations.addMember(account.id(), role);
        audit.record(AuditAction.MEMBER_INVITED, AuditLog.person(account.displayName(), normalized),
                "As " + role.label().toLowerCase(java.util.Locale.ROOT) + (existing.isPresent() ? "; already had an account" : ""));
        return new Invitation(memberId, normalized, oneTimePassword, expiresAt);
    }

    /**
     * Changes a member's role; they have it from their next request.
     *
     * @throws InvalidInputException under {@code role} when the firm would be left without an active admin
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void changeRole(UUID memberId, Role role) {
        requireLocalMode();
        MemberSummary member = organizations.member(memberId)
                .orElseThrow(() -> new RecordNotFoundException("member", memberId));
        Role before = organizations.changeRole(memberId, role);
        if (before != role) {
            audit.record(AuditAction.MEMBER_ROLE_CHANGED, nameOf(member),
                    before.label() + " → " + role.label());
        }
    }

    /**
     * Deactivates a member, who loses access on their next request, or makes them active again.
     *
     * @throws InvalidInputException under {@code active} for oneself or the last admin
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void setActive(UUID memberId, boolean active) {
        requireLocalMode();
        MemberSummary member = organizations.member(memberId)
                .orElseThrow(() -> new RecordNotFoundException("member", memberId));
        if (member.active() == active) {
            return;
        }
        organizations.setActive(memberId, active);
        audit.record(active ? AuditAction.MEMBER_REACTIVATED : AuditAction.MEMBER_DEACTIVATED, nameOf(member), null);
    }

    private void requireLocalMode() {
        if (managedInClerk()) {
            throw new IllegalStateException("In Clerk mode, members are managed in Clerk");
        }
    }

    private static String nameOf(MemberSummary member) {
        return AuditLog.person(member.displayName(), member.email());
    }

    private String oneTimePassword() {
        var password = new StringBuilder(ONE_TIME_PASSWORD_LENGTH);
        for (int i = 0; i < ONE_TIME_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)]);
        }
        return password.toString();
    }
}
