package dev.wecruit.tenancy;

import dev.wecruit.platform.persistence.Ids;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.internal.Member;
import dev.wecruit.tenancy.internal.MemberRepository;
import dev.wecruit.tenancy.internal.Organization;
import dev.wecruit.tenancy.internal.OrganizationQueries;
import dev.wecruit.tenancy.internal.OrganizationRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Firms and their members. Reads are about the current firm only; creating a firm is a system operation (the demo
 * seed now, sign-up and Clerk provisioning later).
 */
@Service
@Validated
public class OrganizationService {

    private static final Comparator<MemberSummary> BY_NAME = Comparator
            .comparing((MemberSummary member) -> member.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(MemberSummary::id);

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final CurrentTenant currentTenant;
    private final TransactionTemplate transactions;
    private final OrganizationQueries queries;
    private final AccountProfiles accounts;
    private final ApplicationEventPublisher events;

    OrganizationService(OrganizationRepository organizations, MemberRepository members, CurrentTenant currentTenant,
            TransactionTemplate transactions, OrganizationQueries queries, AccountProfiles accounts,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.members = members;
        this.currentTenant = currentTenant;
        this.transactions = transactions;
        this.queries = queries;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Creates a firm with its first members, all in one transaction.
     *
     * @return the new firm's id, which is also its tenant id
     */
    public UUID createOrganization(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "lowercase letters, digits and dashes")
                    String slug,
            List<Founder> founders) {
        UUID id = Ids.next();
        // the firm's own row is tenant-scoped too: act for the new firm before inserting it
        return currentTenant.callAs(id, () -> transactions.execute(status -> {
            organizations.save(new Organization(id, name.strip(), slug));
            founders.forEach(founder -> members.save(new Member(founder.accountId(), founder.role())));
            return id;
        }));
    }

    /** The firm the signed-in member acts for. */
    @Transactional(readOnly = true)
    public OrganizationSummary currentOrganization() {
        return currentOrganization(organizations).toSummary();
    }

    /** The current firm's own settings. */
    @Transactional(readOnly = true)
    public FirmProfile profile() {
        return currentOrganization(organizations).profile();
    }

    /**
     * Changes the current firm's name, default currency, retention period, time zone and whether viewers export
     * contact details, and publishes
     * {@link FirmProfileChanged} in the same transaction when anything changed (the audit log records it).
     *
     * @throws InvalidInputException naming each field that is wrong; nothing is changed
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public FirmProfile changeProfile(FirmProfile profile) {
        var errors = new FieldErrors();
        if (profile.name() == null || profile.name().isBlank()) {
            errors.reject("name", "Enter the firm's name");
        } else if (profile.name().strip().length() > 200) {
            errors.reject("name", "At most 200 characters");
        }
        if (profile.defaultCurrency() == null || !profile.defaultCurrency().matches("[A-Z]{3}")
                || Currency.getAvailableCurrencies().stream()
                        .noneMatch(currency -> currency.getCurrencyCode().equals(profile.defaultCurrency()))) {
            errors.reject("defaultCurrency", "Choose a currency by its three-letter code, such as EUR");
        }
        if (profile.retentionMonths() < FirmProfile.MIN_RETENTION_MONTHS
                || profile.retentionMonths() > FirmProfile.MAX_RETENTION_MONTHS) {
            errors.reject("retentionMonths", "Between " + FirmProfile.MIN_RETENTION_MONTHS + " and "
                    + FirmProfile.MAX_RETENTION_MONTHS + " months");
        }
        if (profile.timeZone() == null) {
            errors.reject("timeZone", "Choose the firm's time zone, such as Europe/London");
        }
        errors.throwIfAny();
        Organization organization = currentOrganization(organizations);
        FirmProfile before = organization.profile();
        organization.changeProfile(profile);
        FirmProfile after = organization.profile();
        if (!before.equals(after)) {
            events.publishEvent(new FirmProfileChanged(before, after));
        }
        return after;
    }

    /**
     * Whether the signed-in member's exports of lists may hold contact details: a recruiter's or an admin's always
     * may, a viewer's when the firm allows it ({@link FirmProfile#viewersExportContacts}).
     */
    @Transactional(readOnly = true)
    public boolean mayExportContacts() {
        return currentTenant.may(Role.RECRUITER) || profile().viewersExportContacts();
    }

    /** The current firm's time zone: the zone of the dates its members share, such as the day a job opened. */
    @Transactional(readOnly = true)
    public ZoneId timeZone() {
        return profile().timeZone();
    }

    /**
     * Gives the current firm this time zone unless it has one: the first admin's browser supplies it. An admin can
     * change it later in the settings.
     *
     * @return whether the firm took it
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public boolean adoptTimeZone(ZoneId zone) {
        Organization organization = currentOrganization(organizations);
        if (zone == null || organization.hasTimeZone()) {
            return false;
        }
        FirmProfile before = organization.profile();
        organization.changeProfile(new FirmProfile(before.name(), before.defaultCurrency(), before.retentionMonths(),
                zone, before.viewersExportContacts()));
        if (!before.equals(organization.profile())) {
            events.publishEvent(new FirmProfileChanged(before, organization.profile()));
        }
        return true;
    }

    /** A member of the current firm. */
    @Transactional(readOnly = true)
    public Optional<MemberSummary> member(UUID memberId) {
        return members.findById(memberId).map(member -> summaries(List.of(member)).getFirst());
    }

    /**
     * Makes an account a member of the current firm, or an active member again with this role.
     *
     * @throws InvalidInputException under {@code email} when the account is an active member already
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public UUID addMember(UUID accountId, Role role) {
        Optional<Member> existing = members.findByAccountId(accountId);
        if (existing.isPresent() && existing.get().isActive()) {
            throw InvalidInputException.of("email", "Already a member of this firm");
        }
        Member member = existing.orElseGet(() -> members.save(new Member(accountId, role)));
        member.changeRole(role);
        member.setActive(true);
        return member.id();
    }

    /**
     * Changes a member's role. A firm always keeps an active admin.
     *
     * @return the role the member had before
     * @throws InvalidInputException under {@code role} when that would leave the firm without an active admin
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public Role changeRole(UUID memberId, Role role) {
        Member member = memberOfThisFirm(memberId);
        Role before = member.role();
        if (before == Role.ADMIN && role != Role.ADMIN && member.isActive()
                && members.countByRoleAndActiveTrue(Role.ADMIN) <= 1) {
            throw InvalidInputException.of("role", "The firm needs at least one active admin: make someone else "
                    + "admin first");
        }
        member.changeRole(role);
        return before;
    }

    /**
     * Deactivates a member (they lose access on their next request) or makes them active again. Their records and
     * their name on them stay. Nobody deactivates themselves, and a firm always keeps an active admin.
     *
     * @throws InvalidInputException under {@code active} when refused
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void setActive(UUID memberId, boolean active) {
        Member member = memberOfThisFirm(memberId);
        if (!active && currentTenant.currentMemberId().filter(memberId::equals).isPresent()) {
            throw InvalidInputException.of("active", "You cannot deactivate yourself");
        }
        if (!active && member.role() == Role.ADMIN && member.isActive()
                && members.countByRoleAndActiveTrue(Role.ADMIN) <= 1) {
            throw InvalidInputException.of("active", "The firm needs at least one active admin");
        }
        member.setActive(active);
    }

    /** Whether the id is an active member of the current firm: the check for owners and actors of records. */
    @Transactional(readOnly = true)
    public boolean isActiveMember(UUID memberId) {
        return memberId != null && members.findById(memberId).filter(Member::isActive).isPresent();
    }

    /** Every member of the current firm, by name. */
    @Transactional(readOnly = true)
    public List<MemberSummary> members() {
        return summaries(members.findAll()).stream().sorted(BY_NAME).toList();
    }

    /**
     * The members of the current firm among these ids, past members included, by id; other firms' ids are left out.
     * Two queries whatever the number of ids (the memberships, then their accounts' names): what the API's
     * {@code owner} fields of a page of records read.
     */
    @Transactional(readOnly = true)
    public Map<UUID, MemberSummary> members(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return summaries(members.findAllById(Set.copyOf(ids))).stream()
                .collect(Collectors.toMap(MemberSummary::id, member -> member));
    }

    private List<MemberSummary> summaries(List<Member> found) {
        Map<UUID, AccountProfiles.Profile> profiles = accounts.of(found.stream().map(Member::accountId).toList());
        return found.stream().map(member -> {
            AccountProfiles.Profile profile = profiles.get(member.accountId());
            return new MemberSummary(member.id(), member.accountId(), profile.displayName(), profile.email(),
                    member.role(), member.isActive());
        }).toList();
    }

    /** The name of every member of the current firm, past members included, for showing owners and authors. */
    @Transactional(readOnly = true)
    public Map<UUID, String> memberNames() {
        return members().stream().collect(Collectors.toMap(MemberSummary::id, MemberSummary::displayName));
    }

    /** The member, with the firm's row locked: role changes of one firm happen one at a time. */
    private Member memberOfThisFirm(UUID memberId) {
        // two admins demoting each other at once must not both see the other as the remaining admin
        queries.lockCurrentFirm();
        return members.findById(memberId).orElseThrow(() -> new RecordNotFoundException("member", memberId));
    }

    private Organization currentOrganization(OrganizationRepository repository) {
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("No current firm"));
        return repository.findById(tenantId)
                .orElseThrow(() -> new IllegalStateException("Current firm " + tenantId + " not found"));
    }

    /**
     * Every firm's id, for system jobs that act for each firm in turn through {@link CurrentTenant#callAs}. Never
     * hand the result to a user.
     */
    public List<UUID> allFirmIds() {
        return queries.allFirmIds();
    }

    /**
     * The Clerk organization of a firm the signed-in member belongs to, for switching to it. Empty for a firm not
     * linked to Clerk, or one the member does not belong to.
     */
    public Optional<String> clerkOrganizationIdOf(UUID tenantId) {
        boolean member = currentTenant.currentMember().stream()
                .flatMap(principal -> principal.memberships().stream())
                .anyMatch(membership -> membership.tenantId().equals(tenantId));
        if (!member) {
            return Optional.empty();
        }
        return currentTenant.callAs(tenantId, () -> transactions.execute(status -> organizations.findById(tenantId)
                .map(Organization::clerkOrganizationId)));
    }

    /**
     * The firms a signed-in account belongs to, through a narrow SECURITY DEFINER function: before sign-in there
     * is no tenant, and row-level security would hide every membership.
     */
    public List<Membership> membershipsOfAccount(UUID accountId) {
        return queries.membershipsOfAccount(accountId);
    }
}
