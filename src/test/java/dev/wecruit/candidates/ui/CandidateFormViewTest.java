package dev.wecruit.candidates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.ConsentMethod;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CandidateFormViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;

    @BeforeEach
    void aRecruiter() {
        var firm = TestFirms.aFirm("Form Partners").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
    }

    @Test
    void bad_input_gets_a_message_next_to_each_field_and_nothing_is_saved() {
        UI.getCurrent().navigate("candidates/new");

        field("First name").setValue("Ada");
        area("Email addresses").setValue("ada@example");
        field("LinkedIn profile").setValue("https://example.com/ada");
        save();

        assertThat(field("Last name").isInvalid()).isTrue();
        assertThat(field("Last name").getErrorMessage()).isEqualTo("Enter a last name");
        assertThat(area("Email addresses").getErrorMessage()).containsIgnoringCase("email");
        assertThat(field("LinkedIn profile").isInvalid()).isTrue();
        assertThat(candidates.count(CandidateQuery.ALL).value()).isZero();
    }

    @Test
    void good_input_creates_the_candidate_and_opens_their_page() {
        aNewCandidateNamedAdaLovelace();
        area("Email addresses").setValue("ada@example.com\n\nada.l@example.org");
        field("Current title").setValue("Analyst");
        save();

        assertThat(_get(H2.class).getText()).isEqualTo("Ada Lovelace");
        CandidateDetails saved = candidates.search(CandidateQuery.text("ada@example.com"),
                CandidateSort.Order.DEFAULT, 0, 1).stream()
                .map(summary -> candidates.get(summary.id())).findFirst().orElseThrow();
        assertThat(saved.emails()).containsExactly("ada@example.com", "ada.l@example.org");
        assertThat(saved.currentTitle()).isEqualTo("Analyst");
        assertThat(saved.ownerId()).as("the recruiter who creates a candidate owns them").isNotNull();
    }

    @Test
    void an_edit_of_a_candidate_someone_else_just_changed_is_refused_with_a_way_to_reload() {
        CandidateDetails jane = candidates.create(aCandidate().named("Jane", "Doe").draft());
        UI.getCurrent().navigate("candidates/" + jane.id() + "/edit");
        field("Current title").setValue("Head of Finance");

        candidates.update(jane.id(), jane.version(), aCandidate().named("Jane", "Doe-Smith").draft());
        save();

        assertThat(_get(Button.class, spec -> spec.withClasses("form-reload")).isVisible()).isTrue();
        assertThat(candidates.get(jane.id()).currentTitle()).isEqualTo("Senior Accountant");

        _click(_get(Button.class, spec -> spec.withClasses("form-reload")));
        assertThat(field("Last name").getValue()).isEqualTo("Doe-Smith");
    }

    @Test
    void an_edit_shows_the_candidate_and_saving_it_unchanged_keeps_all_of_it_with_what_the_form_does_not_show() {
        CandidateDetails jane = candidates.create(aCandidate().named("Jane", "Doe").withEmail("jane@example.com")
                .withPhone("+44 20 7946 0018").withSkill("Consolidation").withTag("shortlist")
                .draft());
        CandidateDetails before = candidates.get(jane.id());
        UI.getCurrent().navigate("candidates/" + jane.id() + "/edit");

        assertThat(_get(H2.class).getText()).isEqualTo("Edit Jane Doe");
        assertThat(area("Email addresses").getValue()).isEqualTo("jane@example.com");
        assertThat(multiSelect("Skills").getValue()).containsExactly("IFRS", "Month-end close", "Consolidation");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Years of experience")).getValue()).isEqualTo(8);
        save();

        CandidateDetails saved = candidates.get(jane.id());
        assertThat(saved).usingRecursiveComparison().ignoringFields("version", "updatedAt", "lastActivityAt")
                .isEqualTo(before);
        assertThat(saved.workHistory()).as("not on the form, kept as it was").hasSize(2);
    }

    @Test
    void a_services_message_about_a_choice_shows_on_that_choice() {
        aNewCandidateNamedAdaLovelace();
        _get(DatePicker.class, spec -> spec.withLabel("Consent given on")).setValue(LocalDate.now().minusDays(2));
        save();

        Select<?> lawfulBasis = _get(Select.class, spec -> spec.withLabel("Lawful basis"));
        assertThat(lawfulBasis.isInvalid()).isTrue();
        assertThat(lawfulBasis.getErrorMessage()).isEqualTo("Choose the lawful basis the consent date belongs to");
        assertThat(candidates.count(CandidateQuery.ALL).value()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_records_how_consent_was_given_when_it_expires_and_puts_the_candidate_on_hold() {
        var admin = TestFirms.aFirm("Hold Partners").withMember(Role.ADMIN).create(accounts, organizations);
        signIn(admin.member(Role.ADMIN));
        CandidateDetails hal = candidates.create(aCandidate().named("Hal", "Held").draft());
        UI.getCurrent().navigate("candidates/" + hal.id() + "/edit");

        ((Select<LawfulBasis>) _get(Select.class, spec -> spec.withLabel("Lawful basis")))
                .setValue(LawfulBasis.CONSENT);
        _get(DatePicker.class, spec -> spec.withLabel("Consent given on")).setValue(LocalDate.of(2026, 2, 1));
        ((Select<ConsentMethod>) _get(Select.class, spec -> spec.withLabel("How consent was given")))
                .setValue(ConsentMethod.VERBAL_RECORDED);
        _get(DatePicker.class, spec -> spec.withLabel("Consent expires on")).setValue(LocalDate.of(2028, 2, 1));
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Why they are on legal hold"))).as("until on hold")
                .isEmpty();
        _get(Checkbox.class, spec -> spec.withLabel("On legal hold")).setValue(true);
        area("Why they are on legal hold").setValue("Data protection complaint, ICO ref 4471");
        save();

        CandidateDetails saved = candidates.get(hal.id());
        assertThat(saved.consentMethod()).isEqualTo(ConsentMethod.VERBAL_RECORDED);
        assertThat(saved.consentExpiresOn()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(saved.legalHold().reason()).isEqualTo("Data protection complaint, ICO ref 4471");
        assertThat(_get(H2.class).getText()).as("back on their page").isEqualTo("Hal Held");
    }

    @Test
    void an_expiry_before_the_day_of_consent_gets_a_message_on_the_expiry_and_nothing_is_saved() {
        aNewCandidateNamedAdaLovelace();
        _get(DatePicker.class, spec -> spec.withLabel("Consent given on")).setValue(LocalDate.of(2026, 2, 1));
        _get(DatePicker.class, spec -> spec.withLabel("Consent expires on")).setValue(LocalDate.of(2026, 1, 1));
        save();

        DatePicker expiry = _get(DatePicker.class, spec -> spec.withLabel("Consent expires on"));
        assertThat(expiry.isInvalid()).isTrue();
        assertThat(expiry.getErrorMessage()).isEqualTo("Must be after the day consent was given (2026-02-01)");
        assertThat(candidates.count(CandidateQuery.ALL).value()).isZero();
    }

    @Test
    void a_recruiter_sees_a_legal_hold_without_changing_it_and_their_edit_keeps_it() {
        var both = TestFirms.aFirm("Mixed Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        signIn(both.member(Role.ADMIN));
        CandidateDetails hal = candidates.create(aCandidate().named("Hal", "Held").onLegalHold("A claim").draft());
        signIn(both.member(Role.RECRUITER));
        UI.getCurrent().navigate("candidates/" + hal.id() + "/edit");

        Checkbox hold = _get(Checkbox.class, spec -> spec.withLabel("On legal hold"));
        assertThat(hold.getValue()).isTrue();
        assertThat(hold.isReadOnly()).isTrue();
        assertThat(area("Why they are on legal hold").getValue()).isEqualTo("A claim");
        assertThat(area("Why they are on legal hold").isReadOnly()).isTrue();
        field("Current title").setValue("Auditor");
        save();

        CandidateDetails saved = candidates.get(hal.id());
        assertThat(saved.currentTitle()).isEqualTo("Auditor");
        assertThat(saved.legalHold()).isEqualTo(hal.legalHold());
    }

    @Test
    void years_outside_the_fields_range_stop_the_save_before_the_service_sees_them() {
        aNewCandidateNamedAdaLovelace();
        _get(IntegerField.class, spec -> spec.withLabel("Years of experience")).setValue(75);
        save();

        assertThat(_find(Div.class, spec -> spec.withClasses("form-error")).stream().filter(Div::isVisible)
                .map(Div::getText)).containsExactly(
                        "Some fields hold values that are not numbers or dates; correct them first.");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Years of experience")).isInvalid()).isTrue();
        assertThat(candidates.count(CandidateQuery.ALL).value()).isZero();
    }

    @Test
    void a_new_candidate_with_the_email_of_one_already_in_the_firm_is_warned_of_with_a_link_and_still_saves() {
        CandidateDetails existing = candidates.create(aCandidate().named("Ada", "King")
                .withEmail("ada@example.com").draft());
        aNewCandidateNamedAdaLovelace();
        assertThat(_find(Div.class, spec -> spec.withClasses("possible-duplicates-warning"))).isEmpty();

        area("Email addresses").setValue("ADA@example.com");

        Div warning = _get(Div.class, spec -> spec.withClasses("possible-duplicates-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(_get(warning, com.vaadin.flow.component.html.Anchor.class).getHref())
                .isEqualTo("candidates/" + existing.id());
        assertThat(warning.getElement().getTextRecursively()).contains("Ada King", "Same email",
                "You can still save");

        save();

        assertThat(_get(H2.class).getText()).isEqualTo("Ada Lovelace");
        assertThat(candidates.count(CandidateQuery.ALL).value()).isEqualTo(2);
    }

    private static void aNewCandidateNamedAdaLovelace() {
        UI.getCurrent().navigate("candidates/new");
        field("First name").setValue("Ada");
        field("Last name").setValue("Lovelace");
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> multiSelect(String label) {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }
}
