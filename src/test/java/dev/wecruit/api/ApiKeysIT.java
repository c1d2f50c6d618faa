package dev.wecruit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** API keys: created by admins and shown once, kept hashed, accepted until revoked or expired, their use audited. */
@IntegrationTest
class ApiKeysIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired AuditLog audit;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;

    TestFirms.CreatedFirm firm;
    MockMvc api;

    @BeforeEach
    void anAdmin() {
        firm = TestFirms.aFirm("Integrators").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_new_key_acts_for_its_firm_with_its_role_and_is_kept_only_as_a_hash() throws Exception {
        CreatedApiKey created = keys.create("Job board", Role.VIEWER, nextYear());
        SignedIn.out();

        api.perform(get("/api/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firm").value("Integrators"))
                .andExpect(jsonPath("$.role").value("VIEWER"))
                .andExpect(jsonPath("$.name").value("API key \"Job board\""));

        assertThat(created.secret()).startsWith("wk_").hasSize(46);
        byte[] stored = currentTenant.callAs(firm.id(), () -> transactionally(() -> jdbc.queryForObject(
                "select secret_hash from api_keys where id = ?", byte[].class, created.key().id())));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(created.secret());
        assertThat(stored).hasSize(32);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        assertThat(keys.keys()).singleElement().satisfies(key -> assertThat(key.lastUsedAt()).isNotNull());
        assertThat(audit.search(new AuditQuery(Set.of(AuditAction.API_KEY_CREATED, AuditAction.API_KEY_USED), "",
                null, null), Pageable.unpaged()).getContent()).extracting(entry -> entry.action())
                .containsExactly(AuditAction.API_KEY_USED, AuditAction.API_KEY_CREATED);
    }

    @Test
    void a_revoked_an_expired_or_an_unknown_key_gets_401_and_nothing_more() throws Exception {
        CreatedApiKey revoked = keys.create("Old sync", Role.RECRUITER, nextYear());
        CreatedApiKey expired = keys.create("Trial", Role.RECRUITER, nextYear());
        keys.revoke(revoked.key().id());
        SignedIn.out();
        currentTenant.runAs(firm.id(), () -> transactionally(() -> jdbc.update("""
                update api_keys set created_at = now() - interval '2 days', expires_at = now() - interval '1 day'
                 where id = ?""", expired.key().id())));
        long securityEvents = securityEvents();

        for (String key : new String[] {revoked.secret(), expired.secret(), "wk_" + "x".repeat(43), "nonsense"}) {
            api.perform(get("/api/me").header("Authorization", "Bearer " + key))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().json("{\"error\":\"unauthorized\"}", true));
        }
        api.perform(get("/api/me")).andExpect(status().isUnauthorized());
        assertThat(securityEvents()).isGreaterThanOrEqualTo(securityEvents + 3);
    }

    @Test
    void a_key_needs_a_name_a_role_and_a_last_day_within_two_years_and_only_admins_create_or_revoke_keys() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThatThrownBy(() -> keys.create(" ", null, today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("name", "role", "lastDay"));
        assertThatThrownBy(() -> keys.create("Forever", Role.ADMIN, today.plusYears(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get("lastDay")).contains("two years");
                    assertThat(e.fieldErrors().get("role")).as("administration stays with people")
                            .contains("recruiter or a viewer");
                });
        CreatedApiKey kept = keys.create("Kept", Role.VIEWER, nextYear());

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        assertThatThrownBy(() -> keys.create("Sneaky", Role.ADMIN, nextYear()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.revoke(kept.key().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.keys()).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        assertThat(keys.keys()).singleElement().satisfies(key -> assertThat(key.revokedAt()).isNull());
    }

    private long securityEvents() {
        return jdbc.queryForObject("select count(*) from security_events where action = 'API_KEY_REJECTED'",
                Long.class);
    }

    private <T> T transactionally(java.util.function.Supplier<T> work) {
        return context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .execute(status -> work.get());
    }

    private void transactionally(Runnable work) {
        transactionally(() -> {
            work.run();
            return null;
        });
    }

    private static LocalDate nextYear() {
        return LocalDate.now(ZoneOffset.UTC).plusYears(1);
    }
}
