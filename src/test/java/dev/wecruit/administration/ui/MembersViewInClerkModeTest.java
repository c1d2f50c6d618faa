package dev.wecruit.administration.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dev.wecruit.clerk.TestClerk.aToken;
import static dev.wecruit.clerk.TestClerk.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.wecruit.ClerkIntegrationTest;
import dev.wecruit.KaribuTest;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.clerk.ClerkBackendStandIn;
import dev.wecruit.clerk.TestClerk;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Members page in Clerk mode: an admin's changes go to Clerk (a stand-in on loopback), the page says they are on
 * their way, and Clerk's refusal is shown with nothing changed.
 */
@ClerkIntegrationTest
class MembersViewInClerkModeTest {

    private static final ClerkBackendStandIn CLERK = new ClerkBackendStandIn();

    @DynamicPropertySource
    static void clerk(DynamicPropertyRegistry registry) {
        registry.add("wecruit.auth.clerk.jwt-key", () -> TestClerk.pem(TestClerk.KEYS.getPublic()));
        registry.add("wecruit.auth.clerk.secret-key", () -> "sk_test_wecruit_view");
        registry.add("wecruit.auth.clerk.api-url", () -> CLERK.url().toString());
    }

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired OrganizationService organizations;

    String org;
    String colleague;

    @BeforeEach
    void anAdminAndARecruiterOfAClerkFirmOnTheMembersPage() throws Exception {
        org = id("org");
        String admin = id("user");
        colleague = id("user");
        assertThat(page(aToken(admin).v2Organization(org, "admin", null).sign())).isEqualTo(200);
        assertThat(page(aToken(colleague).v2Organization(org, "member", null).sign())).isEqualTo(200);
        MockVaadin.setup(UI::new, new MockSpringServlet(KaribuTest.routes(), context, UI::new));
        signInAs(admin);
        CLERK.forget();
        UI.getCurrent().navigate("admin/members");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_role_change_is_sent_to_clerk_and_the_page_says_it_shows_once_clerk_confirms() {
        _setValue(roleOf(recruiter()), Role.VIEWER);

        assertThat(CLERK.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("PATCH");
            assertThat(request.body()).contains("org:viewer");
        });
        expectNotifications("Clerk is making " + recruiter().displayName()
                + " a viewer; the list shows it once Clerk confirms");
        assertThat(roleOf(recruiter()).getValue()).as("unchanged until the webhook").isEqualTo(Role.RECRUITER);
    }

    @Test
    void when_clerk_refuses_a_removal_the_page_says_why_and_the_member_stays() {
        CLERK.refuseNext(403, "not_allowed", "Admins cannot be removed by this key.");

        _click((Button) _getCellComponent(grid(), row(recruiter()), "status"));

        expectNotifications("Clerk did not accept Wecruit's secret key. Ask whoever runs Wecruit to check "
                + "wecruit.auth.clerk.secret-key. Nothing was changed.");
        assertThat(organizations.member(recruiter().id())).map(MemberSummary::active).contains(true);
    }

    @Test
    void an_invitation_goes_to_clerk_and_clerks_refusal_shows_in_the_dialog() {
        CLERK.refuseNext(422, "duplicate_record", "That email address is already invited.");
        _click(_get(Button.class, spec -> spec.withClasses("members-invite")));
        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue("anna@example.com");
        _click(_get(Button.class, spec -> spec.withClasses("invite-send")));

        assertThat(dialogText()).contains("That email address is already invited.");

        _click(_get(Button.class, spec -> spec.withClasses("invite-send")));

        expectNotifications("Clerk is emailing an invitation to anna@example.com");
        assertThat(CLERK.received()).hasSize(2).allSatisfy(request -> assertThat(request.path())
                .isEqualTo("/v1/organizations/" + org + "/invitations"));
    }

    private static String dialogText() {
        return _get(com.vaadin.flow.component.dialog.Dialog.class).getElement().getTextRecursively();
    }

    private void signInAs(String clerkUserId) {
        Account account = accounts.findByClerkUserId(clerkUserId).orElseThrow();
        List<Membership> memberships = organizations.membershipsOfAccount(account.id());
        SignedInMember member = SignedInMember.clerk(account, memberships, memberships.getFirst());
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        var request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
    }

    private MemberSummary recruiter() {
        var account = accounts.findByClerkUserId(colleague).orElseThrow();
        return organizations.members().stream().filter(member -> member.accountId().equals(account.id()))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<MemberSummary> grid() {
        return _get(Grid.class, spec -> spec.withClasses("members-grid"));
    }

    private static int row(MemberSummary member) {
        return _fetch(grid(), 0, 100).stream().map(MemberSummary::id).toList().indexOf(member.id());
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> roleOf(MemberSummary member) {
        return (Select<Role>) _getCellComponent(grid(), row(member), "role");
    }

    private int page(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").header("Cookie", "__session=" + token).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
