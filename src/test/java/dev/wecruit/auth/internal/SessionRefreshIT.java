package dev.wecruit.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.MemberAdministrationService;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignedInMembers;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A session's member is read again on each request: what an admin changes applies on the member's next request. */
@IntegrationTest
class SessionRefreshIT {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired AccountRepository accountRepository;
    @Autowired SignedInMembers signedInMembers;
    @Autowired MemberAdministrationService administration;
    @Autowired CurrentTenant currentTenant;

    TestFirms.CreatedFirm firm;
    MockHttpSession recruiterSession;

    @BeforeEach
    void aRecruiterWithASession() {
        firm = TestFirms.aFirm("Refreshing").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        recruiterSession = new MockHttpSession();
        recruiterSession.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        SignedIn.out();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_role_changed_by_an_admin_applies_on_the_members_next_request() throws Exception {
        asAdmin(() -> administration.changeRole(recruiterMemberId(), Role.VIEWER));

        nextRequestOfTheRecruiter();

        assertThat(currentTenant.currentMember()).hasValueSatisfying(member ->
                assertThat(member.membership().role()).isEqualTo(Role.VIEWER));
        assertThat(currentTenant.may(Role.RECRUITER)).isFalse();
        var kept = (org.springframework.security.core.context.SecurityContext) recruiterSession.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(kept.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_VIEWER");
    }

    @Test
    void a_deactivated_member_loses_access_on_their_next_request() throws Exception {
        asAdmin(() -> administration.setActive(recruiterMemberId(), false));

        nextRequestOfTheRecruiter();

        assertThat(currentTenant.currentMember()).isEmpty();
        assertThat(recruiterSession.isInvalid()).isTrue();
    }

    @Test
    void a_request_after_no_change_keeps_the_member_as_they_were() throws Exception {
        nextRequestOfTheRecruiter();

        assertThat(currentTenant.currentMember()).hasValueSatisfying(member ->
                assertThat(member.membership().role()).isEqualTo(Role.RECRUITER));
        assertThat(recruiterSession.isInvalid()).isFalse();
    }

    private void nextRequestOfTheRecruiter() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(recruiterSession);
        SecurityContextHolder.setContext((org.springframework.security.core.context.SecurityContext)
                recruiterSession.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        new SignedInMemberRefreshFilter(accountRepository, organizations, signedInMembers)
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private UUID recruiterMemberId() {
        return organizations.membershipsOfAccount(firm.member(Role.RECRUITER).accountId()).getFirst().memberId();
    }

    private void asAdmin(Runnable change) {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        try {
            change.run();
        } finally {
            SignedIn.out();
        }
    }
}
