package dev.wecruit.clerk;

import static dev.wecruit.clerk.TestClerk.aToken;
import static dev.wecruit.clerk.TestClerk.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wecruit.ClerkIntegrationTest;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.clerk.ClerkRequestFailedException.Reason;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clerk-mode member administration against a stand-in of Clerk's Backend API on loopback: what an admin asks is sent
 * to Clerk with the SDK, the local rules hold before anything is sent, a refusal changes nothing, and Clerk's
 * webhook then makes the change here.
 */
@ClerkIntegrationTest
class ClerkMemberAdministrationIT {

    private static final String WEBHOOK_SECRET = TestClerk.newWebhookSecret();
    private static final String SECRET_KEY = "sk_test_wecruit_members";
    private static final ClerkBackendStandIn CLERK = new ClerkBackendStandIn();

    @DynamicPropertySource
    static void clerk(DynamicPropertyRegistry registry) {
        registry.add("wecruit.auth.clerk.jwt-key", () -> TestClerk.pem(TestClerk.KEYS.getPublic()));
        registry.add("wecruit.auth.clerk.webhook-secret", () -> WEBHOOK_SECRET);
        registry.add("wecruit.auth.clerk.secret-key", () -> SECRET_KEY);
        registry.add("wecruit.auth.clerk.api-url", () -> CLERK.url().toString());
    }

    @LocalServerPort int port;
    @Autowired ClerkMemberAdministration administration;
    @Autowired AccountRepository accounts;
    @Autowired OrganizationService organizations;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    String org;
    String admin;
    UUID firm;

    @BeforeEach
    void aFirmWithItsAdminSignedIn() throws Exception {
        org = id("org");
        admin = id("user");
        assertThat(page(aToken(admin).v2Organization(org, "admin", null).sign()).statusCode()).isEqualTo(200);
        firm = firmOf(org);
        signInAs(admin);
        CLERK.forget();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_admin_invites_by_email_through_clerk_and_the_request_is_audited() {
        administration.invite(" New.Person@Example.com ", Role.RECRUITER);

        assertThat(CLERK.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/organizations/" + org + "/invitations");
            assertThat(request.authorization()).isEqualTo("Bearer " + SECRET_KEY);
            assertThat(request.body()).contains("\"email_address\":\"new.person@example.com\"")
                    .contains("\"role\":\"org:member\"").contains("\"inviter_user_id\":\"" + admin + "\"");
        });
        assertThat(audited(AuditAction.MEMBER_INVITED)).singleElement().asString()
                .contains("new.person@example.com");
    }

    @Test
    void a_role_change_is_sent_to_clerk_and_applies_when_clerks_webhook_confirms_it() throws Exception {
        String user = id("user");
        memberJoins(user, "org:member");
        UUID member = membership(user).orElseThrow().memberId();

        administration.changeRole(member, Role.ADMIN);

        assertThat(CLERK.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("PATCH");
            assertThat(request.path()).isEqualTo("/v1/organizations/" + org + "/memberships/" + user);
            assertThat(request.body()).contains("\"role\":\"org:admin\"");
        });
        assertThat(membership(user)).map(Membership::role).as("not before Clerk confirms").contains(Role.RECRUITER);
        assertThat(audited(AuditAction.MEMBER_ROLE_CHANGE_REQUESTED)).hasSize(1);

        deliver(membershipEvent("organizationMembership.updated", user, "org:admin"));

        assertThat(membership(user)).map(Membership::role).contains(Role.ADMIN);
        assertThat(audited(AuditAction.MEMBER_ROLE_CHANGED)).hasSize(1);
    }

    @Test
    void a_removal_is_sent_to_clerk_and_the_member_leaves_when_clerks_webhook_confirms_it() throws Exception {
        String user = id("user");
        memberJoins(user, "org:member");

        administration.remove(membership(user).orElseThrow().memberId());

        assertThat(CLERK.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("DELETE");
            assertThat(request.path()).isEqualTo("/v1/organizations/" + org + "/memberships/" + user);
        });
        assertThat(membership(user)).isPresent();

        deliver(membershipEvent("organizationMembership.deleted", user, "org:member"));

        assertThat(membership(user)).isEmpty();
        assertThat(audited(AuditAction.MEMBER_REMOVAL_REQUESTED)).hasSize(1);
        assertThat(audited(AuditAction.MEMBER_REMOVED)).hasSize(1);
    }

    @Test
    void the_last_admin_cannot_be_demoted_and_nobody_removes_themselves_and_nothing_is_sent() {
        UUID me = membership(admin).orElseThrow().memberId();

        var demoted = catchThrowableOfType(InvalidInputException.class,
                () -> administration.changeRole(me, Role.RECRUITER));
        var removed = catchThrowableOfType(InvalidInputException.class, () -> administration.remove(me));

        assertThat(demoted.fieldErrors()).containsKey("role");
        assertThat(removed.fieldErrors()).containsKey("active");
        assertThat(CLERK.received()).isEmpty();
        assertThat(membership(admin)).map(Membership::role).contains(Role.ADMIN);
    }

    @Test
    void when_clerk_refuses_the_admin_is_told_why_and_nothing_is_changed_or_audited() throws Exception {
        String user = id("user");
        memberJoins(user, "org:member");
        CLERK.refuseNext(422, "duplicate_record", "That email address is already a member of this organization.");

        var refused = catchThrowableOfType(ClerkRequestFailedException.class,
                () -> administration.invite("taken@example.com", Role.VIEWER));
        CLERK.failNext();
        var unavailable = catchThrowableOfType(ClerkRequestFailedException.class,
                () -> administration.changeRole(membership(user).orElseThrow().memberId(), Role.VIEWER));

        assertThat(refused.reason()).isEqualTo(Reason.REFUSED);
        assertThat(refused.getMessage()).contains("already a member of this organization").contains("Nothing");
        assertThat(unavailable.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(audited(AuditAction.MEMBER_INVITED)).isEmpty();
        assertThat(audited(AuditAction.MEMBER_ROLE_CHANGE_REQUESTED)).isEmpty();
        assertThat(membership(user)).map(Membership::role).contains(Role.RECRUITER);
    }

    @Test
    void an_invitation_with_a_bad_email_is_refused_before_clerk_is_asked() {
        assertThatThrownBy(() -> administration.invite("not an email", Role.RECRUITER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("email"));
        assertThat(CLERK.received()).isEmpty();
    }

    // --- helpers

    private void signInAs(String clerkUserId) {
        Account account = accounts.findByClerkUserId(clerkUserId).orElseThrow();
        List<Membership> memberships = organizations.membershipsOfAccount(account.id());
        SignedInMember member = SignedInMember.clerk(account, memberships, memberships.stream()
                .filter(membership -> membership.tenantId().equals(firm)).findFirst().orElseThrow());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private void memberJoins(String user, String role) throws Exception {
        deliver(membershipEvent("organizationMembership.created", user, role));
        assertThat(membership(user)).isPresent();
    }

    private Optional<Membership> membership(String clerkUserId) {
        return accounts.findByClerkUserId(clerkUserId).stream()
                .flatMap(account -> organizations.membershipsOfAccount(account.id()).stream())
                .filter(membership -> membership.tenantId().equals(firm)).findFirst();
    }

    private List<String> audited(AuditAction action) {
        return currentTenant.callAs(firm, () -> transactions.execute(status -> jdbc.queryForList(
                "select coalesce(subject, '') || ' ' || coalesce(detail, '') from audit_events where action = ?",
                String.class, action.name())));
    }

    private UUID firmOf(String clerkOrganizationId) {
        return jdbc.queryForObject("select organization_of_clerk_id(?)", UUID.class, clerkOrganizationId);
    }

    private String membershipEvent(String type, String user, String role) {
        long now = Instant.now().toEpochMilli();
        return """
                {"object":"event","type":"%s","instance_id":"ins_test","timestamp":%d,
                 "data":{"object":"organization_membership","id":"%s","role":"%s",
                         "organization":{"object":"organization","id":"%s","name":"Firm of %s","slug":null,
                                         "created_at":%d,"updated_at":%d},
                         "public_user_data":{"user_id":"%s","first_name":"Jane","last_name":"Doe",
                                             "identifier":"%s@acme.test","has_image":false},
                         "created_at":%d,"updated_at":%d}}"""
                .formatted(type, now, id("orgmem"), role, org, org, now, now, user, user, now, now);
    }

    private HttpResponse<String> page(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").header("Cookie", "__session=" + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void deliver(String body) throws Exception {
        String messageId = id("msg");
        long timestamp = Instant.now().getEpochSecond();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/webhooks/clerk"))
                .header("Content-Type", "application/json")
                .header("svix-id", messageId)
                .header("svix-timestamp", Long.toString(timestamp))
                .header("svix-signature", TestClerk.sign(WEBHOOK_SECRET, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
