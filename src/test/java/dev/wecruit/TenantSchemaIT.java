package dev.wecruit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every table either is a named global table or carries the firm: a tenant_id column, row-level security enabled and
 * forced, and the tenant_isolation policy for reads and writes; its references to other firm tables include
 * tenant_id. A table added later without these fails here.
 */
@IntegrationTest
class TenantSchemaIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestRecords records;

    @Test
    void every_table_but_the_named_global_ones_is_guarded_by_tenant_id_and_forced_row_level_security() {
        List<String> tenantTables = TenantTables.tenantTables(jdbc);
        assertThat(TenantTables.allTables(jdbc)).containsAll(TenantTables.GLOBAL_TABLES);
        assertThat(tenantTables).contains("organizations", "members", "companies", "contacts",
                "contact_search_terms", "stage_templates", "jobs", "job_stages", "candidates",
                "candidate_search_terms", "documents", "applications", "activities", "audit_events", "api_keys",
                "ai_settings", "candidate_access_log");

        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            Map<String, Object> facts = jdbc.queryForMap("""
                    select exists (select 1 from information_schema.columns
                                    where table_schema = current_schema() and table_name = c.relname
                                      and column_name = 'tenant_id' and is_nullable = 'NO') as has_tenant_id,
                           c.relrowsecurity as rls_enabled,
                           c.relforcerowsecurity as rls_forced,
                           (select count(*) from pg_policy p
                             where p.polrelid = c.oid and p.polcmd = '*' and p.polpermissive
                               and pg_get_expr(p.polqual, p.polrelid) like '%tenant_id = (NULLIF(current_setting(''app.tenant_id''::text, true)%'
                               and pg_get_expr(p.polwithcheck, p.polrelid) like '%tenant_id = (NULLIF(current_setting(''app.tenant_id''::text, true)%')
                           as tenant_policies,
                           (select count(*) from pg_policy p where p.polrelid = c.oid) as policies
                      from pg_class c where c.oid = ?::regclass
                    """, table);
            softly.assertThat(facts.get("has_tenant_id")).as("%s has a NOT NULL tenant_id", table).isEqualTo(true);
            softly.assertThat(facts.get("rls_enabled")).as("%s has row-level security enabled", table)
                    .isEqualTo(true);
            softly.assertThat(facts.get("rls_forced")).as("%s has row-level security forced", table).isEqualTo(true);
            softly.assertThat(facts.get("tenant_policies")).as("%s has the tenant_isolation policy", table)
                    .isEqualTo(1L);
            softly.assertThat(facts.get("policies")).as("%s has no other, more permissive policy", table)
                    .isEqualTo(1L);
        }
        softly.assertAll();
    }

    @Test
    void every_reference_between_firm_tables_includes_tenant_id_so_it_cannot_cross_firms() {
        List<Map<String, Object>> references = jdbc.queryForList("""
                select c.conrelid::regclass::text as from_table, c.confrelid::regclass::text as to_table,
                       c.conname as name,
                       (select string_agg(a.attname::text || '->' || b.attname::text, ',' order by a.attname)
                          from unnest(c.conkey, c.confkey) as k(from_attnum, to_attnum)
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.from_attnum
                          join pg_attribute b on b.attrelid = c.confrelid and b.attnum = k.to_attnum) as columns
                  from pg_constraint c
                 where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
                """);
        List<String> tenantTables = TenantTables.tenantTables(jdbc);
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (Map<String, Object> reference : references) {
            String from = (String) reference.get("from_table");
            String to = (String) reference.get("to_table");
            if (!tenantTables.contains(from) || !tenantTables.contains(to) || to.equals("organizations")) {
                continue;
            }
            checked++;
            String columns = (String) reference.get("columns");
            softly.assertThat(columns.split(",")).as("%s (%s -> %s)", reference.get("name"), from, to)
                    .contains("tenant_id->tenant_id");
        }
        softly.assertAll();
        assertThat(checked).as("references between firm tables").isGreaterThanOrEqualTo(15);
    }

    @Test
    void with_timescaledb_activities_is_a_hypertable_whose_chunks_the_app_cannot_read_directly() {
        boolean timescale = jdbc.queryForObject(
                "select exists (select 1 from pg_extension where extname = 'timescaledb')", Boolean.class);
        var firm = TestFirms.aFirm("Chunky Search").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        try {
            records.createAll();
        } finally {
            SignedIn.out();
        }
        List<String> readableChunks = jdbc.queryForList("""
                select i.inhrelid::regclass::text from pg_inherits i
                 where i.inhparent = 'activities'::regclass and has_table_privilege(i.inhrelid, 'SELECT')
                """, String.class);
        assertThat(readableChunks).isEmpty();
        if (timescale) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from timescaledb_information.hypertables where hypertable_name = 'activities'
                    """, Long.class)).isEqualTo(1L);
            assertThat(jdbc.queryForObject(
                    "select count(*) from pg_inherits where inhparent = 'activities'::regclass", Long.class))
                    .as("chunks exist, so the check above was not vacuous").isPositive();
        }
    }
}
