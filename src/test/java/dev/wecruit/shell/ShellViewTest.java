package dev.wecruit.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms.CreatedFirm;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class ShellViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;

    CreatedFirm firm;

    @BeforeEach
    void aFirm() {
        firm = TestFirms.aFirm("Shell & Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
    }

    @Test
    void a_visitor_who_is_not_signed_in_gets_the_sign_in_page_instead_of_the_app() {
        UI.getCurrent().navigate("candidates");

        assertThat(_find(LoginForm.class)).hasSize(1);
        assertThat(_find(SideNavItem.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "RECRUITER"})
    void a_signed_in_member_sees_their_firm_their_name_and_the_navigation(String role) {
        var member = firm.member(Role.valueOf(role));
        signIn(member);

        UI.getCurrent().navigate("");

        assertThat(_get(Div.class, spec -> spec.withClasses("shell-firm")).getElement().getTextRecursively())
                .isEqualTo("Shell & Partners");
        assertThat(_get(Span.class, spec -> spec.withClasses("shell-member-name")).getText())
                .isEqualTo(role + " of Shell & Partners");
        assertThat(_get(Span.class, spec -> spec.withClasses("shell-member-role")).getText())
                .isEqualToIgnoringCase(role);
        var everyone = List.of("Dashboard", "Candidates", "Jobs", "Companies", "Possible duplicates", "Import");
        var admins = List.of("Members", "Settings", "API keys", "Audit log", "Access log", "Background work",
                "Privacy");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactlyElementsOf(
                role.equals("ADMIN") ? java.util.stream.Stream.concat(everyone.stream(), admins.stream()).toList()
                        : everyone);
        assertThat(_get(H2.class).getText()).isEqualTo("Dashboard");
        assertThat(_find(LoginForm.class)).isEmpty();
    }

    @Test
    void the_dashboard_shows_the_size_of_the_members_own_firm_only() {
        signIn(firm.member(Role.RECRUITER));
        candidates.create(TestCandidates.aCandidate().draft());
        candidates.create(TestCandidates.aCandidate().draft());

        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, spec -> spec.withClasses("firm-overview-candidates")).getElement()
                .getTextRecursively()).isEqualTo("2 candidates");
        assertThat(_get(Span.class, spec -> spec.withClasses("firm-overview-jobs")).getElement()
                .getTextRecursively()).isEqualTo("0 open jobs");
    }

    @Test
    void the_dashboard_opens_first_with_its_sections() {
        signIn(firm.member(Role.RECRUITER));

        UI.getCurrent().navigate("");

        assertThat(_get(H2.class).getText()).isEqualTo("Dashboard");
        assertThat(_find(com.vaadin.flow.component.html.H3.class)).extracting(heading -> heading.getText())
                .containsExactly("Pipeline funnel", "Time in stage", "Activity per recruiter", "Placements and fees",
                        "Needs attention", "Source of hire");
    }

    @Test
    void the_theme_toggle_switches_between_light_and_dark() {
        signIn(firm.member(Role.RECRUITER));
        UI.getCurrent().navigate("");
        Button toggle = _get(Button.class, spec -> spec.withClasses("shell-theme-toggle"));
        assertThat(UI.getCurrent().getElement().getThemeList()).doesNotContain(Lumo.DARK);

        toggle.click();
        assertThat(UI.getCurrent().getElement().getThemeList()).contains(Lumo.DARK);
        assertThat(toggle.getAriaLabel()).contains("Switch to light theme");

        toggle.click();
        assertThat(UI.getCurrent().getElement().getThemeList()).doesNotContain(Lumo.DARK);
    }
}
