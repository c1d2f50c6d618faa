package dev.wecruit.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.TestFirms.CreatedFirm;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.tenancy.internal.MemberRepository;
import dev.wecruit.tenancy.internal.OrganizationRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member of firm A cannot see or touch firm B's organization or member rows, whatever the path: repositories,
 * native SQL in the app's own transaction, JdbcTemplate, or a pooled connection reused after A's transaction.
 */
@IntegrationTest
class TenantIsolationIT {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired OrganizationRepository organizationRepository;
    @Autowired MemberRepository memberRepository;
    @Autowired EntityManager entityManager;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    CreatedFirm firmA;
    CreatedFirm firmB;

    @BeforeEach
    void twoFirms() {
        firmA = TestFirms.aFirm("Acme Search").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        firmB = TestFirms.aFirm("Bravo Talent").withMember(Role.ADMIN).create(accounts, organizations);
        SignedIn.as(signIn, firmA.member(Role.RECRUITER));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void repositories_show_only_the_members_own_firm() {
        assertThat(organizations.currentOrganization().id()).isEqualTo(firmA.id());
        assertThat(organizations.members()).hasSize(2)
                .extracting(MemberSummary::accountId)
                .containsExactlyInAnyOrderElementsOf(firmA.members().stream().map(m -> m.accountId()).toList());
        assertThat(organizationRepository.findAll()).hasSize(1);
        assertThat(organizationRepository.findById(firmB.id())).isEmpty();
        UUID memberOfB = memberIdOf(firmB);
        assertThat(memberRepository.findById(memberOfB)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void native_sql_in_the_apps_own_transaction_sees_only_the_members_own_firm() {
        List<Object> tenantsOfMembers = transactions.execute(status -> entityManager
                .createNativeQuery("select distinct tenant_id from members").getResultList());
        assertThat(tenantsOfMembers).containsExactly(firmA.id());

        List<Object> organizationsSeen = transactions.execute(status -> entityManager
                .createNativeQuery("select id from organizations").getResultList());
        assertThat(organizationsSeen).containsExactly(firmA.id());
    }

    @Test
    void jdbc_cannot_read_update_delete_or_insert_another_firms_rows() {
        transactions.executeWithoutResult(status -> {
            assertThat(jdbc.queryForObject("select count(*) from organizations where id = ?", Long.class, firmB.id()))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from members where tenant_id = ?", Long.class, firmB.id()))
                    .isZero();
            assertThat(jdbc.update("update organizations set name = 'hijacked' where id = ?", firmB.id())).isZero();
            assertThat(jdbc.update("update members set role = 'ADMIN' where tenant_id = ?", firmB.id())).isZero();
            assertThat(jdbc.update("delete from members where tenant_id = ?", firmB.id())).isZero();
        });

        UUID intruder = firmA.member(Role.RECRUITER).accountId();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(
                "insert into members (id, tenant_id, account_id, role) values (?, ?, ?, 'ADMIN')",
                UUID.randomUUID(), firmB.id(), intruder)))
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(
                "update members set tenant_id = ? where account_id = ?", firmB.id(), intruder)))
                .rootCause().hasMessageContaining("violates row-level security policy");

        SignedIn.as(signIn, firmB.member(Role.ADMIN));
        assertThat(organizations.currentOrganization().name()).isEqualTo("Bravo Talent");
        assertThat(organizations.members()).hasSize(1);
    }

    @Test
    void a_pooled_connection_does_not_carry_the_tenant_into_the_next_transaction() {
        Integer backendInA = transactions.execute(status -> {
            assertThat(jdbc.queryForObject("select count(*) from members", Long.class)).isEqualTo(2);
            return jdbc.queryForObject("select pg_backend_pid()", Integer.class);
        });

        SignedIn.out();
        transactions.executeWithoutResult(status -> {
            // the pool hands this thread the connection it just returned
            assertThat(jdbc.queryForObject("select pg_backend_pid()", Integer.class)).isEqualTo(backendInA);
            assertThat(jdbc.queryForObject("select current_setting('app.tenant_id', true)", String.class))
                    .isNullOrEmpty();
            assertThat(jdbc.queryForObject("select count(*) from members", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from organizations", Long.class)).isZero();
        });
        // outside any transaction too
        assertThat(jdbc.queryForObject("select count(*) from members", Long.class)).isZero();
    }

    @Test
    void the_app_connects_as_a_role_that_row_level_security_applies_to() {
        var role = jdbc.queryForMap("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
        assertThat(jdbc.queryForObject(
                "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user", Long.class))
                .isZero();
        assertThat(jdbc.queryForList(
                "select relname from pg_class where relname in ('organizations', 'members')"
                        + " and relrowsecurity and relforcerowsecurity", String.class))
                .containsExactlyInAnyOrder("organizations", "members");
    }

    private UUID memberIdOf(CreatedFirm firm) {
        return organizations.membershipsOfAccount(firm.members().getFirst().accountId()).getFirst().memberId();
    }
}
