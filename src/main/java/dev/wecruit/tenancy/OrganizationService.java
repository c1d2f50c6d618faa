package dev.wecruit.tenancy;

import dev.wecruit.tenancy.internal.Member;
import dev.wecruit.tenancy.internal.MemberRepository;
import dev.wecruit.tenancy.internal.Organization;
import dev.wecruit.tenancy.internal.OrganizationRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final CurrentTenant currentTenant;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    OrganizationService(OrganizationRepository organizations, MemberRepository members, CurrentTenant currentTenant,
            TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.organizations = organizations;
        this.members = members;
        this.currentTenant = currentTenant;
        this.transactions = transactions;
        this.jdbc = jdbc;
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
        UUID id = UUID.randomUUID();
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
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("No current firm"));
        return organizations.findById(tenantId)
                .map(Organization::toSummary)
                .orElseThrow(() -> new IllegalStateException("Current firm " + tenantId + " not found"));
    }

    /** Whether the id is an active member of the current firm: the check for owners and actors of records. */
    @Transactional(readOnly = true)
    public boolean isActiveMember(UUID memberId) {
        return memberId != null && members.findById(memberId).filter(Member::isActive).isPresent();
    }

    /** Every member of the current firm, by name. */
    @Transactional(readOnly = true)
    public List<MemberSummary> members() {
        return jdbc.query("""
                select m.id, m.account_id, a.display_name, m.role, m.active
                  from members m join accounts a on a.id = m.account_id
                 order by lower(a.display_name), m.id
                """, (rs, row) -> new MemberSummary(rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("active")));
    }

    /** The name of every member of the current firm, past members included, for showing owners and authors. */
    @Transactional(readOnly = true)
    public Map<UUID, String> memberNames() {
        return members().stream().collect(Collectors.toMap(MemberSummary::id, MemberSummary::displayName));
    }

    /**
     * Every firm's id, for system jobs that act for each firm in turn through {@link CurrentTenant#callAs}. Never
     * hand the result to a user.
     */
    public List<UUID> allFirmIds() {
        return jdbc.queryForList("select organization_ids()", UUID.class);
    }

    /**
     * The firms a signed-in account belongs to, through a narrow SECURITY DEFINER function: before sign-in there
     * is no tenant, and row-level security would hide every membership.
     */
    public List<Membership> membershipsOfAccount(UUID accountId) {
        return jdbc.query("select member_id, tenant_id, organization_name, role from memberships_of_account(?)",
                (rs, row) -> new Membership(
                        rs.getObject("member_id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("organization_name"),
                        Role.valueOf(rs.getString("role"))),
                accountId);
    }
}
