package dev.wecruit.tenancy.internal;

import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of firms and memberships that JPA does not express: row locks and the narrow SECURITY DEFINER reads. */
@Repository
public class OrganizationQueries {

    private final JdbcTemplate jdbc;

    OrganizationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the current firm's row until the transaction ends. */
    public void lockCurrentFirm() {
        jdbc.queryForList("select id from organizations for no key update", UUID.class);
    }

    /** Every firm's id, whatever the current firm (a SECURITY DEFINER function). */
    public List<UUID> allFirmIds() {
        return jdbc.queryForList("select organization_ids()", UUID.class);
    }

    /** The active firms an account belongs to, before any firm is known (a SECURITY DEFINER function). */
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
