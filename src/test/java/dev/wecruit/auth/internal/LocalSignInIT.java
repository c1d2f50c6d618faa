package dev.wecruit.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wecruit.IntegrationTest;
import dev.wecruit.TestFirms.CreatedFirm;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

@IntegrationTest
class LocalSignInIT {

    @Autowired LocalAuthenticationProvider signIn;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired SignInThrottleProperties throttlePolicy;
    @Autowired AuthenticationConfiguration authenticationConfiguration;

    CreatedFirm firm;

    @BeforeEach
    void aFirm() {
        firm = TestFirms.aFirm("Sign-in Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
    }

    @Test
    void the_right_password_signs_the_member_in_to_their_firm_with_their_role() {
        var recruiter = firm.member(Role.RECRUITER);
        Authentication result = attempt(recruiter.email().toUpperCase(), recruiter.password());

        var member = (MemberPrincipal) result.getPrincipal();
        assertThat(member.membership().tenantId()).isEqualTo(firm.id());
        assertThat(member.membership().organizationName()).isEqualTo("Sign-in Partners");
        assertThat(member.membership().role()).isEqualTo(Role.RECRUITER);
        assertThat(roles(result)).as("a role's authorities include the roles below it")
                .containsExactly("ROLE_RECRUITER", "ROLE_VIEWER");
    }

    @Test
    void the_sign_in_keeps_neither_the_password_nor_its_hash_in_the_session() throws Exception {
        var admin = firm.member(Role.ADMIN);
        Authentication result = authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(admin.email(), admin.password()));

        assertThat(result.getCredentials()).isNull();
        assertThat(((SignedInMember) result.getPrincipal()).getPassword()).isNull();
    }

    @Test
    void a_wrong_password_and_an_unknown_email_fail_the_same_way() {
        Throwable wrongPassword = catchThrowable(() -> attempt(firm.member(Role.ADMIN).email(), "not-the-password"));
        Throwable unknownEmail = catchThrowable(() -> attempt("nobody-" + firm.id() + "@nowhere.test", "whatever-it-is"));

        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        assertThat(unknownEmail).isInstanceOf(BadCredentialsException.class);
        assertThat(wrongPassword.getMessage()).isEqualTo(unknownEmail.getMessage());
    }

    @Test
    void repeated_failures_pause_sign_in_even_with_the_right_password() {
        var admin = firm.member(Role.ADMIN);
        for (int i = 0; i < throttlePolicy.maxFailures(); i++) {
            assertThatThrownBy(() -> attempt(admin.email(), "wrong-guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt(admin.email(), admin.password()))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        paused -> assertThat(paused.remaining()).isPositive()
                                .isLessThanOrEqualTo(throttlePolicy.lockout()));
        // the other member of the same firm is not affected
        var recruiter = firm.member(Role.RECRUITER);
        assertThat(attempt(recruiter.email(), recruiter.password()).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_email_is_paused_exactly_like_a_real_one() {
        String unknown = "ghost-" + firm.id() + "@nowhere.test";
        for (int i = 0; i < throttlePolicy.maxFailures(); i++) {
            assertThatThrownBy(() -> attempt(unknown, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(unknown, "guess")).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void a_successful_sign_in_forgets_earlier_failures() {
        var admin = firm.member(Role.ADMIN);
        for (int i = 0; i < throttlePolicy.maxFailures() - 1; i++) {
            assertThatThrownBy(() -> attempt(admin.email(), "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        attempt(admin.email(), admin.password());
        assertThatThrownBy(() -> attempt(admin.email(), "wrong again")).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt(admin.email(), admin.password()).isAuthenticated()).isTrue();
    }

    @Test
    void the_demo_logins_work() {
        assertThat(roles(attempt("admin@northwind.example", "northwind-admin"))).contains("ROLE_ADMIN");
        assertThat(roles(attempt("recruiter@northwind.example", "northwind-recruiter")))
                .contains("ROLE_RECRUITER").doesNotContain("ROLE_ADMIN");
    }

    /** The role authorities; Spring Security adds a factor authority (FACTOR_PASSWORD) besides. */
    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_")).toList();
    }

    private Authentication attempt(String email, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
