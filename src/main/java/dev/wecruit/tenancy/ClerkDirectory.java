package dev.wecruit.tenancy;

import dev.wecruit.platform.persistence.Ids;
import dev.wecruit.tenancy.internal.Member;
import dev.wecruit.tenancy.internal.MemberRepository;
import dev.wecruit.tenancy.internal.Organization;
import dev.wecruit.tenancy.internal.OrganizationRepository;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Firms and memberships as Clerk says they are: in Clerk mode a Clerk organization is a firm and an organization
 * membership is a member. Clerk's session tokens and webhooks arrive before any firm is known, so everything here is
 * system work: the caller names the firm by its Clerk id (resolved through a narrow SECURITY DEFINER function), and
 * each change runs in one transaction acting for that firm. Only sign-in and Clerk's webhooks call it; never pass it
 * anything a user typed.
 *
 * <p>The tenancy module owns the rows; the caller owns what else belongs in the same transaction (the audit entry,
 * the webhook message id that makes a redelivery harmless), handed in as a callback.
 */
@Service
public class ClerkDirectory {

    private static final Logger log = LoggerFactory.getLogger(ClerkDirectory.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    /** A slug is tried as Clerk names it, then with random endings: a collision twice in a row is already rare. */
    private static final int ATTEMPTS = 6;
    private static final String UNNAMED = "New firm";
    private static final char[] SLUG_ENDING = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final CurrentTenant currentTenant;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    ClerkDirectory(OrganizationRepository organizations, MemberRepository members, CurrentTenant currentTenant,
            TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.organizations = organizations;
        this.members = members;
        this.currentTenant = currentTenant;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** The firm linked to a Clerk organization. Works before any tenant is known. */
    public Optional<UUID> firmOf(String clerkOrganizationId) {
        return Optional.ofNullable(
                jdbc.queryForObject("select organization_of_clerk_id(?)", UUID.class, clerkOrganizationId));
    }

    /**
     * The firm linked to a Clerk organization, created when there is none yet. Two first requests at once are
     * safe: the organization's Clerk id is unique, so the loser's transaction fails, rolls back, and reads the
     * winner's firm. The firm's slug is derived from Clerk's (made valid, and made unique with a random ending when
     * another firm has it).
     *
     * @param whenCreated runs in the creating transaction, acting for the new firm; it does not run when the firm
     *        existed. Whatever it writes commits or rolls back with the firm.
     * @throws IllegalStateException start it outside any transaction (as {@link CurrentTenant#callAs})
     */
    public FirmOfClerk findOrCreateFirm(ClerkOrganization organization, Consumer<Firm> whenCreated) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<UUID> existing = firmOf(organization.id());
            if (existing.isPresent()) {
                return new FirmOfClerk(existing.get(), false);
            }
            UUID id = Ids.next();
            String slug = slugCandidate(organization, attempt);
            try {
                currentTenant.runAs(id, () -> transactions.executeWithoutResult(status -> {
                    String name = nameOf(organization);
                    Organization created = Organization.ofClerk(id, organization.id(), name, slug);
                    if (organization.changedAt() != null) {
                        // a later message that is older than this one must not rename it back
                        created.updateFromClerk(name, organization.changedAt());
                    }
                    organizations.saveAndFlush(created);
                    runFor(created, whenCreated);
                }));
                return new FirmOfClerk(id, true);
            } catch (DataIntegrityViolationException e) {
                // another request linked the organization first, or another firm has the slug: read again
                log.debug("Creating the firm of Clerk organization {} as {} collided; trying again", organization.id(),
                        slug, e);
            }
        }
        throw new IllegalStateException("Could not create a firm for Clerk organization " + organization.id());
    }

    /**
     * Runs {@code work} in one transaction acting for the firm: the way to change a Clerk firm and its members, and
     * to write what belongs with the change.
     *
     * @throws IllegalStateException start it outside any transaction (as {@link CurrentTenant#callAs})
     */
    public <T> T inFirm(UUID tenantId, Function<Firm, T> work) {
        return currentTenant.callAs(tenantId, () -> transactions.execute(status -> {
            Organization organization = organizations.findById(tenantId)
                    .orElseThrow(() -> new IllegalStateException("No firm " + tenantId));
            Firm firm = new Firm(organization);
            try {
                return work.apply(firm);
            } finally {
                firm.open = false;
            }
        }));
    }

    private void runFor(Organization organization, Consumer<Firm> work) {
        Firm firm = new Firm(organization);
        try {
            work.accept(firm);
        } finally {
            firm.open = false;
        }
    }

    /** Clerk's name; before Clerk's webhook names the firm (a token knows only the slug), the slug or "New firm". */
    private static String nameOf(ClerkOrganization organization) {
        String name = clean(organization.name());
        if (name == null) {
            name = clean(organization.slug());
        }
        return name == null ? UNNAMED : name;
    }

    private static String clean(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        return stripped.length() <= 200 ? stripped : stripped.substring(0, 200).strip();
    }

    private String slugCandidate(ClerkOrganization organization, int attempt) {
        String base = slugBase(organization.slug() != null ? organization.slug() : organization.name());
        if (attempt == 0) {
            return base;
        }
        StringBuilder ending = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            ending.append(SLUG_ENDING[random.nextInt(SLUG_ENDING.length)]);
        }
        return (base.length() > 56 ? base.substring(0, 56).replaceAll("-+$", "") : base) + "-" + ending;
    }

    /** Lowercase letters, digits and single dashes, 2 to 63 characters, starting with a letter or digit. */
    static String slugBase(String clerkSlug) {
        String slug = clerkSlug == null ? "" : clerkSlug.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 63) {
            slug = slug.substring(0, 63).replaceAll("-+$", "");
        }
        if (slug.length() < 2) {
            slug = slug.isEmpty() ? "firm" : "firm-" + slug;
        }
        return SLUG.matcher(slug).matches() ? slug : "firm";
    }

    /**
     * A Clerk organization as a message names it.
     *
     * @param id Clerk's id ({@code org_...})
     * @param name its name; none when only a session token named it
     * @param slug its slug in Clerk, if any
     * @param changedAt when Clerk last changed it ({@code updated_at}); none from a token
     */
    public record ClerkOrganization(String id, String name, String slug, Instant changedAt) {

        public ClerkOrganization {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The firm of a Clerk organization, and whether this call created it. */
    public record FirmOfClerk(UUID tenantId, boolean created) {
    }

    /**
     * What happened to a membership.
     *
     * @param memberId the member, when there is one
     * @param roleBefore the role before, when the member existed
     */
    public record MemberChange(UUID memberId, Kind kind, Role roleBefore, Role role) {

        public enum Kind {
            /** A new member. */
            ADDED,
            /** A former member is active again. */
            REACTIVATED,
            /** An active member has another role. */
            ROLE_CHANGED,
            /** An active member is not any more: they lose access on their next request. */
            REMOVED,
            /** Nothing anyone sees changed. */
            UNCHANGED,
            /** Clerk said something newer already; this older message changed nothing. */
            STALE
        }

        public boolean changed() {
            return kind != Kind.UNCHANGED && kind != Kind.STALE;
        }
    }

    /**
     * One Clerk firm inside the transaction {@link #inFirm} or {@link #findOrCreateFirm} runs; it cannot be used
     * after that transaction.
     */
    public final class Firm {

        private final Organization organization;
        private boolean open = true;

        private Firm(Organization organization) {
            this.organization = organization;
        }

        public UUID id() {
            return organization.toSummary().id();
        }

        public String name() {
            return organization.toSummary().name();
        }

        public boolean isActive() {
            return organization.isActive();
        }

        /**
         * Takes Clerk's name for the firm, unless a newer one was taken already.
         *
         * @return whether the name changed
         */
        public boolean rename(String name, Instant changedAt) {
            requireOpen();
            String before = name();
            return organization.updateFromClerk(clean(name), changedAt) && !before.equals(name());
        }

        /**
         * Closes the firm (deleted in Clerk): its data stays, and nobody may act for it any more.
         *
         * @return whether it was open until now
         */
        public boolean close() {
            requireOpen();
            if (!organization.isActive()) {
                return false;
            }
            organization.close();
            return true;
        }

        /**
         * Adds the account with the role a session token claims, on its first sign-in to the firm. A membership
         * that exists, active or not, is left as it is: only Clerk's membership webhook brings back a removed member
         * or changes a role. A closed firm takes nobody.
         */
        public MemberChange joinFromToken(UUID accountId, Role role) {
            requireOpen();
            Optional<Member> existing = members.findByAccountId(accountId);
            if (existing.isPresent()) {
                Member member = existing.get();
                return new MemberChange(member.id(), MemberChange.Kind.UNCHANGED, member.role(), member.role());
            }
            if (!organization.isActive()) {
                return new MemberChange(null, MemberChange.Kind.UNCHANGED, null, role);
            }
            Member member = members.saveAndFlush(new Member(accountId, role));
            return new MemberChange(member.id(), MemberChange.Kind.ADDED, null, role);
        }

        /**
         * Applies a membership as Clerk's webhook states it, unless a newer state was applied already.
         *
         * @param active false for a deleted membership: the member row stays (their name on records stays), inactive
         */
        public MemberChange applyMembership(UUID accountId, Role role, boolean active, Instant changedAt) {
            requireOpen();
            Optional<Member> existing = members.findByAccountId(accountId);
            if (existing.isEmpty()) {
                if (!active) {
                    // removed before this app heard of them: nothing to take away
                    return new MemberChange(null, MemberChange.Kind.UNCHANGED, null, role);
                }
                Member member = new Member(accountId, role);
                member.updateFromClerk(role, true, changedAt);
                members.saveAndFlush(member);
                return new MemberChange(member.id(), MemberChange.Kind.ADDED, null, role);
            }
            Member member = existing.get();
            Role roleBefore = member.role();
            boolean activeBefore = member.isActive();
            if (!member.updateFromClerk(role, active, changedAt)) {
                return new MemberChange(member.id(), MemberChange.Kind.STALE, roleBefore, roleBefore);
            }
            MemberChange.Kind kind;
            if (!activeBefore && active) {
                kind = MemberChange.Kind.REACTIVATED;
            } else if (activeBefore && !active) {
                kind = MemberChange.Kind.REMOVED;
            } else if (active && roleBefore != role) {
                kind = MemberChange.Kind.ROLE_CHANGED;
            } else {
                kind = MemberChange.Kind.UNCHANGED;
            }
            return new MemberChange(member.id(), kind, roleBefore, role);
        }

        private void requireOpen() {
            if (!open) {
                throw new IllegalStateException("The firm's transaction has ended");
            }
        }
    }
}
