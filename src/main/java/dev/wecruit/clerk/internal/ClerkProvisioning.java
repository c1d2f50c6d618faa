package dev.wecruit.clerk.internal;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.clerk.token.ClerkSession.OrgClaims;
import dev.wecruit.tenancy.ClerkDirectory.ClerkOrganization;
import dev.wecruit.tenancy.ClerkDirectory.MemberChange;
import dev.wecruit.tenancy.ClerkDirectory;
import dev.wecruit.tenancy.Role;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates on first sight what Clerk knows and this app does not yet: the firm of a Clerk organization, the account of
 * a Clerk user, the membership a session token claims. A Clerk instance needs no setup in Wecruit: the first
 * sign-in to an organization makes its firm, and Clerk's webhooks then keep names, roles and removals in step.
 *
 * <p>Every creation is race-safe (two first requests at once: the unique Clerk ids make one of them fail, and it
 * reads what the other made) and audited in the firm, with Clerk as the actor.
 */
class ClerkProvisioning {

    /** The actor of changes Clerk made, in the audit log. */
    static final String ACTOR = "Clerk";

    private static final Logger log = LoggerFactory.getLogger(ClerkProvisioning.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final String UNNAMED = "New member";
    private static final int ATTEMPTS = 3;

    private final ClerkDirectory directory;
    private final AccountRepository accounts;
    private final ClerkAccountTimes accountTimes;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    ClerkProvisioning(ClerkDirectory directory, AccountRepository accounts, ClerkAccountTimes accountTimes,
            TransactionTemplate transactions, AuditLog audit) {
        this.directory = directory;
        this.accounts = accounts;
        this.transactions = transactions;
        this.accountTimes = accountTimes;
        this.audit = audit;
    }

    /** The firm of the organization a session token names, created on the first sign-in to it. */
    UUID firmOf(OrgClaims organization) {
        Optional<UUID> known = directory.firmOf(organization.orgId());
        if (known.isPresent()) {
            return known.get();
        }
        return directory.findOrCreateFirm(new ClerkOrganization(organization.orgId(), null, organization.slug(), null),
                firm -> audit.recordAs(ACTOR, null, AuditAction.ORGANIZATION_CREATED, firm.name(),
                        "Created on the first sign-in to Clerk organization " + organization.orgId()
                                + "; it takes Clerk's name when Clerk's organization webhook arrives"))
                .tenantId();
    }

    /**
     * The account of a Clerk user, created on first sight. A local account with the same email is linked instead (a
     * firm moving from local sign-in to Clerk keeps its people and their records); an email that already belongs to
     * another Clerk user stays with them, and this account gets none until Clerk's user webhook gives it one.
     *
     * @param email as Clerk gives it, if at all; ignored unless it looks like an email
     * @param displayName as Clerk gives it, if at all
     */
    Account accountOf(String clerkUserId, String email, String displayName) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Account> known = accounts.findByClerkUserId(clerkUserId);
            if (known.isPresent()) {
                return known.get();
            }
            try {
                return transactions.execute(status -> createOrLink(clerkUserId, email(email), displayName));
            } catch (DataIntegrityViolationException e) {
                // another first request created the account, or took the email, at the same moment: read again
                log.debug("Creating the account of Clerk user {} collided; reading again", clerkUserId, e);
            }
        }
        return accounts.findByClerkUserId(clerkUserId)
                .orElseThrow(() -> new IllegalStateException("Could not create an account for a Clerk user"));
    }

    private Account createOrLink(String clerkUserId, String email, String displayName) {
        String ownEmail = email;
        if (email != null) {
            Optional<Account> sameEmail = accounts.findByEmail(email);
            if (sameEmail.isPresent()) {
                Account existing = sameEmail.get();
                if (existing.clerkUserId() == null) {
                    existing.linkClerkUser(clerkUserId);
                    accounts.saveAndFlush(existing);
                    log.info("Linked local account {} to its Clerk user", existing.id());
                    return existing;
                }
                ownEmail = null;
            }
        }
        return accounts.saveAndFlush(Account.ofClerkUser(clerkUserId, ownEmail, displayName(displayName, ownEmail)));
    }

    /**
     * Makes the account a member of the firm with the role its token claims, the first time it signs in to it. An
     * existing membership, even an inactive one, is left alone: removed members come back only through Clerk's
     * membership webhook.
     */
    void joinFromToken(UUID tenantId, Account account, Role role) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                directory.inFirm(tenantId, firm -> {
                    MemberChange change = firm.joinFromToken(account.id(), role);
                    if (change.kind() == MemberChange.Kind.ADDED) {
                        audit.recordAs(ACTOR, null, AuditAction.MEMBER_ADDED, subject(account),
                                "As " + role.label().toLowerCase(java.util.Locale.ROOT)
                                        + ", on their first sign-in through Clerk");
                    }
                    return change;
                });
                return;
            } catch (DataIntegrityViolationException e) {
                // another first request of the same person added them a moment ago
                log.debug("Adding account {} to firm {} collided; reading again", account.id(), tenantId, e);
            }
        }
    }

    /**
     * Fills in the name and email a membership webhook gives, for an account that Clerk's user webhooks have not
     * described yet (a token made it, and default tokens carry neither). Call inside the webhook's transaction.
     */
    void fillInFromMembership(UUID accountId, String email, String displayName) {
        if (accountTimes.clerkUpdatedAtOf(accountId).isPresent()) {
            return;
        }
        accounts.findById(accountId).ifPresent(account -> {
            String usable = email(email);
            if (usable != null && accounts.findByEmail(usable).filter(other -> !other.id().equals(accountId))
                    .isPresent()) {
                usable = null;
            }
            // no time: the account stays open to the first user webhook, whatever its time
            account.updateFromClerk(usable, clean(displayName), null);
        });
    }

    /** How the audit log names an account. */
    static String subject(Account account) {
        return AuditLog.person(account.displayName(), account.email());
    }

    /** An email the accounts table accepts (lowercase, one {@code @}), or none. */
    static String email(String email) {
        if (email == null) {
            return null;
        }
        String normalized = LocalAccountService.normalizeEmail(email);
        return normalized.length() <= 320 && EMAIL.matcher(normalized).matches() ? normalized : null;
    }

    private static String displayName(String displayName, String email) {
        String name = clean(displayName);
        if (name != null) {
            return name;
        }
        return email != null ? clean(email.substring(0, email.indexOf('@'))) : UNNAMED;
    }

    static String clean(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        return stripped.length() <= 200 ? stripped : stripped.substring(0, 200).strip();
    }
}
