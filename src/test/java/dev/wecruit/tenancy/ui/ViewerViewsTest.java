package dev.wecruit.tenancy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import dev.wecruit.KaribuTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.TestRecords;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A viewer sees the firm's records and none of the buttons that would change them; a recruiter sees them all. */
class ViewerViewsTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestRecords records;

    TestFirms.CreatedFirm firm;
    TestRecords.Set existing;

    @BeforeEach
    void aFirmWithRecords() {
        firm = TestFirms.aFirm("Viewing").withMember(Role.RECRUITER).withMember(Role.VIEWER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        existing = records.createAll();
        SignedIn.out();
    }

    @Test
    void a_viewer_sees_lists_and_record_pages_without_new_edit_upload_or_log_buttons() {
        signIn(firm.member(Role.VIEWER));

        for (String list : new String[] {"candidates", "companies", "jobs"}) {
            UI.getCurrent().navigate(list);
            assertThat(buttonTexts()).as(list).noneMatch(text -> text.startsWith("New"));
        }
        UI.getCurrent().navigate("candidates/" + existing.candidate());
        assertThat(pageText()).contains("Quinn " + existing.candidateLastName(), "cv.pdf");
        assertThat(buttonTexts()).doesNotContain("Edit", "Add to job", "Log a call", "Add a note");
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Delete cv.pdf"))).isEmpty();

        UI.getCurrent().navigate("companies/" + existing.company());
        assertThat(buttonTexts()).doesNotContain("Edit", "Add contact", "New job");
        UI.getCurrent().navigate("jobs/" + existing.job());
        assertThat(buttonTexts()).contains("Open board").doesNotContain("Edit", "Add candidates");
    }

    @Test
    void a_viewer_follows_a_board_but_cannot_drag_or_move_its_cards() {
        signIn(firm.member(Role.VIEWER));
        UI.getCurrent().navigate("jobs/" + existing.job() + "/pipeline");

        assertThat(pageText()).contains("View only");
        String cards = _find(Div.class, spec -> spec.withClasses("board-column-cards")).stream()
                .map(column -> column.getElement().getProperty("innerHTML", "")).reduce("", String::concat);
        assertThat(cards).contains("Quinn " + existing.candidateLastName(), "draggable=\"false\"").doesNotContain("board-card-move");
        assertThat(buttonTexts()).doesNotContain("Edit stages");
    }

    @Test
    void a_viewer_who_types_the_address_of_a_form_is_refused_by_navigation() {
        signIn(firm.member(Role.VIEWER));
        for (String form : new String[] {"candidates/new", "companies/new", "contacts/new", "jobs/new",
                "candidates/" + existing.candidate() + "/edit"}) {
            // karibu reports the refusal that the running app shows as "not found"
            assertThatThrownBy(() -> UI.getCurrent().navigate(form)).as(form)
                    .hasMessageContaining("Access is denied");
        }
    }

    @Test
    void a_recruiter_sees_the_buttons_a_viewer_does_not_and_edit_opens_the_record_shown() {
        signIn(firm.member(Role.RECRUITER));
        UI.getCurrent().navigate("candidates/" + existing.candidate());
        assertThat(buttonTexts()).contains("Edit", "Add to job", "Log a call");
        assertThat(_find(Upload.class)).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("candidates/" + existing.candidate() + "/edit");

        UI.getCurrent().navigate("companies/" + existing.company());
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("companies/" + existing.company() + "/edit");
        UI.getCurrent().navigate("candidates");
        assertThat(buttonTexts()).contains("New candidate");
    }

    private static java.util.List<String> buttonTexts() {
        return _find(Button.class).stream().map(Button::getText).toList();
    }
}
