package dev.wecruit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Founder;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log: sign-ins and failures where each firm's admins see them, append-only, admins only. */
@IntegrationTest
class AuditLogIT {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired AuditLog audit;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    TestFirms.CreatedFirm firm;

    @BeforeEach
    void aFirm() {
        firm = TestFirms.aFirm("Audited").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_failed_sign_in_is_audited_in_every_firm_of_the_account_and_an_unknown_email_as_a_security_event() {
        var recruiter = firm.member(Role.RECRUITER);
        UUID secondFirm = organizations.createOrganization("Audited Too", "audited-too-"
                + firm.id().toString().substring(24), List.of(new Founder(recruiter.accountId(), Role.ADMIN)));
        long securityEvents = jdbc.queryForObject(
                "select count(*) from security_events where action = 'SIGN_IN_FAILED'", Long.class);

        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                recruiter.email(), "wrong password"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "nobody-" + UUID.randomUUID() + "@audited.test", "whatever"))).isInstanceOf(
                BadCredentialsException.class);

        for (UUID tenant : List.of(firm.id(), secondFirm)) {
            var failures = currentTenant.callAs(tenant, () -> transactions.execute(status -> jdbc.queryForList(
                    "select actor || ' ' || detail from audit_events where action = 'SIGN_IN_FAILED'",
                    String.class)));
            assertThat(failures).singleElement().asString().contains(recruiter.email(), "Wrong email or password");
        }
        assertThat(jdbc.queryForObject("select count(*) from security_events where action = 'SIGN_IN_FAILED'",
                Long.class)).isEqualTo(securityEvents + 1);
    }

    @Test
    void admins_page_through_the_log_newest_first_and_others_cannot_read_it() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        for (int i = 1; i <= 30; i++) {
            audit.record(AuditAction.EXPORTED, "Candidate list " + i, i + " rows");
        }
        var firstPage = audit.search(new AuditQuery(Set.of(AuditAction.EXPORTED), "", null, null),
                PageRequest.of(0, 20));
        assertThat(firstPage.getTotalElements()).isEqualTo(30);
        assertThat(firstPage.getContent()).hasSize(20).first()
                .satisfies(entry -> assertThat(entry.subject()).isEqualTo("Candidate list 30"));
        assertThat(audit.search(new AuditQuery(Set.of(), "list 7", null, null), Pageable.unpaged())).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).contains(firm.member(Role.ADMIN).email()));

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        assertThatThrownBy(() -> audit.search(AuditQuery.everything(), Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_firm_with_a_log_cannot_be_deleted_by_the_app_so_its_log_cannot_go_with_it() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        audit.record(AuditAction.SETTINGS_CHANGED, "Firm", "name");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(
                "delete from organizations"))).isInstanceOf(DataAccessException.class);
        assertThat(audit.search(AuditQuery.everything(), Pageable.unpaged()).getContent())
                .extracting(AuditEntry::action).contains(AuditAction.SETTINGS_CHANGED);
    }

    @Test
    void the_app_can_add_to_the_log_but_never_change_or_remove_an_entry() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        audit.record(AuditAction.SETTINGS_CHANGED, "Firm", "name");
        for (String statement : List.of("update audit_events set detail = 'nothing happened'",
                "delete from audit_events", "update security_events set detail = null", "delete from security_events",
                "truncate audit_events")) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(statement)))
                    .as(statement).isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("permission denied");
        }
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.SETTINGS_CHANGED), "", null, null),
                Pageable.unpaged()).getContent()).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("name"));
    }
}
