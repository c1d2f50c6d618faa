package dev.wecruit.clerk;

import static dev.wecruit.clerk.TestClerk.aToken;
import static dev.wecruit.clerk.TestClerk.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.ClerkIntegrationTest;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clerk mode end to end over HTTP: session tokens sign people in to the firm of their active organization (made on
 * first sight), anything else signs nobody in and is recorded, and Clerk's webhooks keep firms and members in step,
 * once per message and never from an older state.
 */
@ClerkIntegrationTest
class ClerkModeIT {

    private static final String WEBHOOK_SECRET = TestClerk.newWebhookSecret();
    private static final KeyPair FORGER = TestClerk.newKeyPair();

    @DynamicPropertySource
    static void clerkKeys(DynamicPropertyRegistry registry) {
        registry.add("wecruit.auth.clerk.jwt-key", () -> TestClerk.pem(TestClerk.KEYS.getPublic()));
        registry.add("wecruit.auth.clerk.webhook-secret", () -> WEBHOOK_SECRET);
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired CurrentTenant currentTenant;
    @Autowired OrganizationService organizations;
    @Autowired AccountRepository accounts;
    @Autowired LocalAccountService localAccounts;

    // --- session tokens

    @Test
    void a_v2_token_of_a_new_organization_creates_its_firm_and_member_and_opens_the_app() throws Exception {
        String user = id("user");
        String org = id("org");
        String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);

        var response = new Browser().page("", aToken(user).v2Organization(org, "admin", slug).sign());

        assertThat(response.statusCode()).isEqualTo(200);
        UUID firm = firmOf(org).orElseThrow();
        assertThat(firmName(firm)).isEqualTo(slug);
        assertThat(membership(user, firm)).map(Membership::role).contains(Role.ADMIN);
        assertThat(auditCount(firm, AuditAction.ORGANIZATION_CREATED)).isEqualTo(1);
        assertThat(auditCount(firm, AuditAction.MEMBER_ADDED)).isEqualTo(1);
    }

    @Test
    void a_v1_token_opens_the_app_too() throws Exception {
        String user = id("user");
        String org = id("org");

        var response = new Browser().page("", aToken(user).v1Organization(org, "org:member", null).sign());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(membership(user, firmOf(org).orElseThrow())).map(Membership::role).contains(Role.RECRUITER);
    }

    @Test
    void an_invalid_token_signs_nobody_in_tells_the_client_nothing_and_is_recorded_for_the_operator()
            throws Exception {
        String forged = aToken(id("user")).v2Organization(id("org"), "admin", null)
                .signedWith(FORGER.getPrivate()).sign();
        long before = securityEvents(AuditAction.SESSION_TOKEN_REJECTED);

        var signedIn = new Browser();
        assertThat(signedIn.page("", aToken(id("user")).v2Organization(id("org"), "admin", null).sign())
                .statusCode()).isEqualTo(200);

        var page = new Browser().page("", forged);
        var api = new Browser().json("actuator/metrics", forged);
        var uidl = signedIn.uidl(forged);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sign-in"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).isEmpty();
        assertThat(uidl.statusCode()).isEqualTo(401);
        assertThat(uidl.body()).isEmpty();
        assertThat(securityEvents(AuditAction.SESSION_TOKEN_REJECTED)).isGreaterThanOrEqualTo(before + 3);
    }

    @Test
    void a_stale_token_does_not_break_the_requests_of_the_sign_in_page_that_renews_it() throws Exception {
        String expired = aToken(id("user")).issuedAt(Instant.now().minusSeconds(180))
                .notBefore(Instant.now().minusSeconds(180)).expiresAt(Instant.now().minusSeconds(60)).sign();
        var browser = new Browser();

        var page = browser.page("sign-in", expired);
        var uidl = browser.uidl(expired);

        assertThat(page.statusCode()).isEqualTo(200);
        // no signed-in UI can be in this session: Vaadin answers for itself
        assertThat(uidl.statusCode()).isNotEqualTo(401);
    }

    @Test
    void a_token_that_expired_while_a_tab_slept_is_refused_but_keeps_the_session_for_the_renewed_one()
            throws Exception {
        String user = id("user");
        String org = id("org");
        var browser = new Browser();
        assertThat(browser.page("", aToken(user).v2Organization(org, "admin", null).sign()).statusCode())
                .isEqualTo(200);
        String session = browser.sessionId();

        String expired = aToken(user).v2Organization(org, "admin", null).issuedAt(Instant.now().minusSeconds(180))
                .notBefore(Instant.now().minusSeconds(180)).expiresAt(Instant.now().minusSeconds(60)).sign();
        assertThat(browser.uidl(expired).statusCode()).isEqualTo(401);
        String forged = aToken(user).v2Organization(org, "admin", null).signedWith(FORGER.getPrivate()).sign();

        assertThat(browser.page("", aToken(user).v2Organization(org, "admin", null).sign()).statusCode())
                .isEqualTo(200);
        assertThat(browser.sessionId()).as("the renewed token goes on in the same session").isEqualTo(session);
        assertThat(browser.uidl(forged).statusCode()).as("a forged one ends it").isEqualTo(401);
    }

    @Test
    void without_a_token_the_app_asks_to_sign_in() throws Exception {
        var page = new Browser().page("", null);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sign-in"));
    }

    @Test
    void a_local_password_posted_to_the_sign_in_page_signs_nobody_in() throws Exception {
        String email = "local-" + UUID.randomUUID() + "@wecruit.test";
        localAccounts.findOrCreateAccount(email, "Local Person", "a-long-enough-password");
        var browser = new Browser();

        var response = browser.send(HttpRequest.newBuilder(browser.uri("sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=a-long-enough-password")), null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("error"));
        assertThat(browser.page("", null).statusCode()).isEqualTo(302);
    }

    @Test
    void switching_organization_acts_for_the_other_firm_in_a_new_http_session() throws Exception {
        String user = id("user");
        String session = id("sess");
        String orgA = id("org");
        String orgB = id("org");
        var browser = new Browser();

        assertThat(browser.page("", aToken(user).session(session).v2Organization(orgA, "admin", null).sign())
                .statusCode()).isEqualTo(200);
        String httpSessionOfA = browser.sessionId();
        assertThat(browser.page("", aToken(user).session(session).v2Organization(orgA, "admin", null).sign())
                .statusCode()).isEqualTo(200);
        assertThat(browser.sessionId()).isEqualTo(httpSessionOfA);
        assertThat(browser.page("", aToken(user).session(session).v2Organization(orgB, "member", null).sign())
                .statusCode()).isEqualTo(200);

        UUID firmA = firmOf(orgA).orElseThrow();
        UUID firmB = firmOf(orgB).orElseThrow();
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(httpSessionOfA);
        // one sign-in per Clerk session and HTTP session: in A once, though it was visited twice; then in B
        assertThat(auditCount(firmA, AuditAction.SIGNED_IN)).isEqualTo(1);
        assertThat(auditCount(firmB, AuditAction.SIGNED_IN)).isEqualTo(1);
        assertThat(membership(user, firmB)).map(Membership::role).contains(Role.RECRUITER);
        assertThat(membership(user, firmA)).map(Membership::role).contains(Role.ADMIN);
    }

    @Test
    void a_token_without_an_organization_is_sent_to_choose_a_firm() throws Exception {
        String token = aToken(id("user")).sign();

        var page = new Browser().page("", token);
        var api = new Browser().json("actuator/metrics", token);
        var chooser = new Browser().page("choose-firm", token);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/choose-firm"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(chooser.statusCode()).isEqualTo(200);
    }

    // --- webhooks

    @Test
    void a_removed_membership_loses_access_on_the_next_request_though_its_token_is_still_valid() throws Exception {
        String user = id("user");
        String org = id("org");
        String token = aToken(user).v2Organization(org, "admin", null).sign();
        var browser = new Browser();
        assertThat(browser.page("", token).statusCode()).isEqualTo(200);
        UUID firm = firmOf(org).orElseThrow();

        var delivered = deliver(id("msg"), membershipEvent("organizationMembership.deleted", org, user, "org:admin",
                Instant.now().toEpochMilli()));

        assertThat(delivered.statusCode()).isEqualTo(200);
        var page = browser.page("", token);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/choose-firm"));
        assertThat(browser.json("actuator/metrics", token).statusCode()).isEqualTo(401);
        assertThat(membership(user, firm)).isEmpty();
        assertThat(auditCount(firm, AuditAction.MEMBER_REMOVED)).isEqualTo(1);
    }

    @Test
    void a_membership_webhook_prepares_the_firm_and_the_member_before_their_first_sign_in() throws Exception {
        String user = id("user");
        String org = id("org");

        var delivered = deliver(id("msg"), membershipEvent("organizationMembership.created", org, user, "org:admin",
                Instant.now().toEpochMilli()));

        assertThat(delivered.statusCode()).isEqualTo(200);
        UUID firm = firmOf(org).orElseThrow();
        assertThat(firmName(firm)).isEqualTo("Firm of " + org);
        var account = accounts.findByClerkUserId(user).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Jane Doe");
        assertThat(account.email()).isEqualTo(user.toLowerCase() + "@acme.test");
        assertThat(membership(user, firm)).map(Membership::role).contains(Role.ADMIN);
        assertThat(new Browser().page("", aToken(user).v2Organization(org, "admin", null).sign()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_message_delivered_twice_is_applied_once() throws Exception {
        String org = id("org");
        long created = Instant.now().toEpochMilli() - 60_000;
        assertThat(deliver(id("msg"), organizationEvent("organization.created", org, "Acme Corp", created))
                .statusCode()).isEqualTo(200);
        UUID firm = firmOf(org).orElseThrow();
        String messageId = id("msg");
        String rename = organizationEvent("organization.updated", org, "Acme Renamed", created + 1_000);

        var first = deliver(messageId, rename);
        var again = deliver(messageId, rename);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(firmName(firm)).isEqualTo("Acme Renamed");
        assertThat(auditCount(firm, AuditAction.ORGANIZATION_CREATED)).isEqualTo(1);
        assertThat(auditCount(firm, AuditAction.ORGANIZATION_UPDATED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from clerk_webhook_messages where message_id = ?", Long.class,
                messageId)).isEqualTo(1);
    }

    @Test
    void an_older_organization_update_does_not_undo_a_newer_one() throws Exception {
        String org = id("org");
        long now = Instant.now().toEpochMilli();
        deliver(id("msg"), organizationEvent("organization.created", org, "Bravo Talent", now - 60_000));
        deliver(id("msg"), organizationEvent("organization.updated", org, "Bravo Talent Partners", now - 1_000));

        var late = deliver(id("msg"), organizationEvent("organization.updated", org, "Bravo Old Name", now - 30_000));

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(firmName(firmOf(org).orElseThrow())).isEqualTo("Bravo Talent Partners");
    }

    @Test
    void a_tampered_message_is_refused_and_changes_nothing() throws Exception {
        String org = id("org");
        long now = Instant.now().toEpochMilli();
        deliver(id("msg"), organizationEvent("organization.created", org, "Charlie Search", now - 60_000));
        long before = securityEvents(AuditAction.WEBHOOK_REJECTED);
        String signed = organizationEvent("organization.updated", org, "Charlie Search Ltd", now);
        String tampered = signed.replace("Charlie Search Ltd", "Mallory Search Ltd");

        var response = deliver(id("msg"), Instant.now().getEpochSecond(), signed, tampered);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEmpty();
        assertThat(firmName(firmOf(org).orElseThrow())).isEqualTo("Charlie Search");
        assertThat(securityEvents(AuditAction.WEBHOOK_REJECTED)).isEqualTo(before + 1);
    }

    @Test
    void a_message_signed_ten_minutes_ago_is_refused_and_changes_nothing() throws Exception {
        String org = id("org");
        long now = Instant.now().toEpochMilli();
        deliver(id("msg"), organizationEvent("organization.created", org, "Delta Partners", now - 60_000));
        long before = securityEvents(AuditAction.WEBHOOK_REJECTED);
        String body = organizationEvent("organization.updated", org, "Delta Replayed", now);

        var response = deliver(id("msg"), Instant.now().minusSeconds(600).getEpochSecond(), body, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEmpty();
        assertThat(firmName(firmOf(org).orElseThrow())).isEqualTo("Delta Partners");
        assertThat(securityEvents(AuditAction.WEBHOOK_REJECTED)).isEqualTo(before + 1);
    }

    @Test
    void a_deleted_organization_closes_its_firm_and_keeps_its_data() throws Exception {
        String user = id("user");
        String org = id("org");
        String token = aToken(user).v2Organization(org, "admin", null).sign();
        assertThat(new Browser().page("", token).statusCode()).isEqualTo(200);
        UUID firm = firmOf(org).orElseThrow();

        var delivered = deliver(id("msg"), """
                {"object":"event","type":"organization.deleted","timestamp":%d,
                 "data":{"object":"organization","id":"%s","deleted":true}}""".formatted(
                Instant.now().toEpochMilli(), org));

        assertThat(delivered.statusCode()).isEqualTo(200);
        assertThat(new Browser().json("actuator/metrics", token).statusCode()).isEqualTo(401);
        assertThat(membership(user, firm)).isEmpty();
        assertThat(auditCount(firm, AuditAction.ORGANIZATION_CLOSED)).isEqualTo(1);
        assertThat(auditCount(firm, AuditAction.MEMBER_ADDED)).isEqualTo(1);
    }

    @Test
    void an_event_of_an_unknown_type_is_acknowledged_and_ignored() throws Exception {
        var response = deliver(id("msg"), """
                {"object":"event","type":"session.created","data":{"id":"sess_1"}}""");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    // --- helpers

    private static String organizationEvent(String type, String org, String name, long updatedAt) {
        return """
                {"object":"event","type":"%s","instance_id":"ins_test","timestamp":%d,
                 "data":{"object":"organization","id":"%s","name":"%s","slug":"%s","public_metadata":{},
                         "created_at":%d,"updated_at":%d}}"""
                .formatted(type, updatedAt, org, name, name.toLowerCase().replace(' ', '-'), updatedAt, updatedAt);
    }

    private static String membershipEvent(String type, String org, String user, String role, long updatedAt) {
        return """
                {"object":"event","type":"%s","instance_id":"ins_test","timestamp":%d,
                 "data":{"object":"organization_membership","id":"%s","role":"%s",
                         "organization":{"object":"organization","id":"%s","name":"Firm of %s","slug":null,
                                         "created_at":%d,"updated_at":%d},
                         "public_user_data":{"user_id":"%s","first_name":"Jane","last_name":"Doe",
                                             "identifier":"%s@acme.test","has_image":false},
                         "created_at":%d,"updated_at":%d}}"""
                .formatted(type, updatedAt, id("orgmem"), role, org, org, updatedAt, updatedAt, user, user,
                        updatedAt, updatedAt);
    }

    private HttpResponse<String> deliver(String messageId, String body) throws IOException, InterruptedException {
        return deliver(messageId, Instant.now().getEpochSecond(), body, body);
    }

    /** Posts {@code sentBody} with Svix's headers for {@code signedBody}, signed at {@code timestamp}. */
    private HttpResponse<String> deliver(String messageId, long timestamp, String signedBody, String sentBody)
            throws IOException, InterruptedException {
        var browser = new Browser();
        return browser.send(HttpRequest.newBuilder(browser.uri("api/webhooks/clerk"))
                .header("Content-Type", "application/json")
                .header("svix-id", messageId)
                .header("svix-timestamp", Long.toString(timestamp))
                .header("svix-signature", TestClerk.sign(WEBHOOK_SECRET, messageId, timestamp, signedBody))
                .POST(HttpRequest.BodyPublishers.ofString(sentBody, StandardCharsets.UTF_8)), null);
    }

    private Optional<UUID> firmOf(String clerkOrganizationId) {
        return Optional.ofNullable(jdbc.queryForObject("select organization_of_clerk_id(?)", UUID.class,
                clerkOrganizationId));
    }

    private String firmName(UUID firm) {
        return currentTenant.callAs(firm, () -> transactions.execute(status -> jdbc.queryForObject(
                "select name from organizations where id = ?", String.class, firm)));
    }

    /** The user's active membership of the firm, as sign-in sees it. */
    private Optional<Membership> membership(String clerkUserId, UUID firm) {
        return accounts.findByClerkUserId(clerkUserId).stream()
                .flatMap(account -> organizations.membershipsOfAccount(account.id()).stream())
                .filter(membership -> membership.tenantId().equals(firm))
                .findFirst();
    }

    private long auditCount(UUID firm, AuditAction action) {
        return currentTenant.callAs(firm, () -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from audit_events where action = ?", Long.class, action.name())));
    }

    private long securityEvents(AuditAction action) {
        return jdbc.queryForObject("select count(*) from security_events where action = ?", Long.class,
                action.name());
    }

    /** One browser: its HTTP session cookie, and the Clerk session cookie of each request. No redirects followed. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private String sessionId;

        URI uri(String path) {
            return URI.create("http://localhost:" + port + "/" + path);
        }

        String sessionId() {
            return sessionId;
        }

        HttpResponse<String> page(String path, String token) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET(), token);
        }

        HttpResponse<String> json(String path, String token) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET(), token);
        }

        /** A request of a Vaadin UI in the page, as its client sends them. */
        HttpResponse<String> uidl(String token) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri("?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0}")),
                    token);
        }

        HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
            StringBuilder cookies = new StringBuilder();
            if (token != null) {
                cookies.append("__session=").append(token);
            }
            if (sessionId != null) {
                cookies.append(cookies.isEmpty() ? "" : "; ").append("JSESSIONID=").append(sessionId);
            }
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.toString());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';') < 0 ? cookie.length()
                            : cookie.indexOf(';')))
                    .reduce((first, last) -> last)
                    .ifPresent(id -> sessionId = id);
            return response;
        }
    }
}
