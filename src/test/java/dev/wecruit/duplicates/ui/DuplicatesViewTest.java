package dev.wecruit.duplicates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.duplicates.DuplicateService;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DuplicatesViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired DuplicateService duplicates;

    TestFirms.CreatedFirm firm;
    CandidateDetails maria;

    @BeforeEach
    void aFirmWithAPairOfDuplicates() {
        firm = TestFirms.aFirm("Twin Partners").withMember(Role.RECRUITER).withMember(Role.VIEWER)
                .create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        maria = candidates.create(aCandidate().named("Maria", "Lopez").titled("Accountant", "Acme").draft());
        candidates.create(aCandidate().named("Marria", "Lopez").titled("Controller", "Acme").draft());
    }

    @Test
    void a_recruiter_sees_each_pair_with_why_and_how_sure_and_dismissing_it_hides_it_for_good() {
        UI.getCurrent().navigate("duplicates");

        Div pair = _get(Div.class, spec -> spec.withClasses("duplicate-pair"));
        assertThat(pair.getElement().getTextRecursively()).contains("Maria Lopez", "Marria Lopez",
                "Similar name (0.9", "and same employer Acme", "% sure");
        assertThat(_get(Div.class, spec -> spec.withClasses("duplicates-view")).getElement().getTextRecursively())
                .contains("Scanned all 2 candidates.");

        _click(_get(pair, Button.class, spec -> spec.withText("Not a duplicate")));

        assertThat(_find(Div.class, spec -> spec.withClasses("duplicate-pair"))).isEmpty();
        UI.getCurrent().navigate("candidates");
        UI.getCurrent().navigate("duplicates");
        assertThat(_find(Div.class, spec -> spec.withClasses("duplicate-pair"))).isEmpty();
        assertThat(pageText()).contains("No possible duplicates in the firm.");
    }

    @Test
    void the_candidate_page_lists_their_possible_duplicates() {
        UI.getCurrent().navigate("candidates/" + maria.id());

        Div part = _get(Div.class, spec -> spec.withClasses("candidate-duplicates"));
        assertThat(part.getElement().getTextRecursively()).contains("Possible duplicates", "Marria Lopez",
                "same employer Acme");
    }

    @Test
    void a_viewer_has_no_duplicates_view_and_no_part_on_the_candidate_page() {
        signIn(firm.member(Role.VIEWER));

        UI.getCurrent().navigate("candidates/" + maria.id());
        assertThat(_find(Div.class, spec -> spec.withClasses("candidate-duplicates"))).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate("duplicates"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
