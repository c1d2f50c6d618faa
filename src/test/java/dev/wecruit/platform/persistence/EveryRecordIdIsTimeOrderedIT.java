package dev.wecruit.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TenantTables;
import dev.wecruit.TestFirms;
import dev.wecruit.TestRecords;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 0008 promises time-ordered ids: every row a firm's work creates, through entities or SQL, in firm tables
 * and the accounts of its members, has a UUIDv7 key.
 */
@IntegrationTest
class EveryRecordIdIsTimeOrderedIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired CurrentTenant currentTenant;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestRecords records;

    @Test
    void every_record_of_every_kind_gets_a_uuid_of_version_7() {
        var firm = TestFirms.aFirm("Ordered Ids").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        try {
            records.createAll();
        } finally {
            SignedIn.out();
        }

        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.columns
                 where table_schema = current_schema() and column_name in ('id', 'embedding_id')
                   and data_type = 'uuid'
                 order by 1""", String.class);
        Map<String, Long> otherVersions = new TreeMap<>();
        Map<String, Long> rows = new TreeMap<>();
        currentTenant.runAs(firm.id(), () -> transactions.executeWithoutResult(status -> {
            for (String table : tables) {
                String key = table.equals("candidate_match_vectors") ? "embedding_id" : "id";
                if (TenantTables.GLOBAL_TABLES.contains(table) && !table.equals("accounts")) {
                    continue;
                }
                String firmRows = table.equals("accounts")
                        ? "id in (select account_id from members where tenant_id = '" + firm.id() + "')"
                        : "tenant_id = '" + firm.id() + "'";
                rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where " + firmRows,
                        Long.class));
                otherVersions.put(table, jdbc.queryForObject("select count(*) from " + table + " where " + firmRows
                        + " and substr(" + key + "::text, 15, 1) <> '7'", Long.class));
            }
        }));

        assertThat(rows).as("rows made by the firm's work, so the check is not vacuous")
                .containsKeys("organizations", "members", "accounts", "audit_events", "api_keys", "ai_settings",
                        "candidates", "background_work", "candidate_match_vectors");
        assertThat(rows.get("members")).isEqualTo(2L);
        assertThat(rows.get("accounts")).isEqualTo(2L);
        assertThat(rows.get("audit_events")).isPositive();
        assertThat(rows.get("api_keys")).isPositive();
        assertThat(rows.get("ai_settings")).isPositive();
        assertThat(rows.get("candidate_match_vectors")).isPositive();
        assertThat(otherVersions).as("rows whose id is not a UUIDv7, per table").allSatisfy(
                (table, count) -> assertThat(count).as(table).isZero());
    }
}
