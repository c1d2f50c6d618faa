package dev.wecruit;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of integration tests that act as a recruiter of a fresh firm of their own. */
public abstract class FirmTest {

    @Autowired protected LocalAccountService accounts;
    @Autowired protected OrganizationService organizations;
    @Autowired protected LocalAuthenticationProvider signIn;

    protected TestFirms.CreatedFirm firm;

    @BeforeEach
    void signedInAsARecruiterOfAFreshFirm() {
        firm = TestFirms.aFirm(getClass().getSimpleName()).withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }
}
