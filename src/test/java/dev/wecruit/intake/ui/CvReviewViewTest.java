package dev.wecruit.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.wecruit.KaribuTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.intake.CvIntakeService;
import dev.wecruit.intake.CvUpload;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CvReviewViewTest extends KaribuTest {

    static final String[] CV = {"Jonas Becker", "Logistics Manager", "jonas.becker@mail.example",
            "+49 30 901820", "Berlin, Germany", "", "Experience",
            "Logistics Manager, Nordhafen Freight GmbH", "January 2020 - Present", "", "Skills",
            "Supply chain management, SAP, Forklift"};

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired CvIntakeService intake;

    TestFirms.CreatedFirm firm;

    @BeforeEach
    void aRecruiterWhoDroppedACv() {
        firm = TestFirms.aFirm("Review Partners").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
    }

    @Test
    void the_recruiter_corrects_a_proposed_field_and_saves_the_candidate_with_the_cv() {
        drop();
        UI.getCurrent().navigate("candidates/review");

        assertThat(pageText()).contains("1 CV to review", "CV 1 of 1: jonas.pdf");
        assertThat(area("Emails (one per line)").getValue()).isEqualTo("jonas.becker@mail.example");
        assertThat(area("Emails (one per line)").getHelperText()).startsWith("From the CV,").contains("offline");
        field("First name").setValue("Jonas");
        field("Last name").setValue("Becker");
        field("Current title").setValue("Head of Logistics");
        _click(_get(Button.class, spec -> spec.withText("Save candidate")));

        var saved = candidates.search(CandidateQuery.ALL, dev.wecruit.candidates.CandidateSort.Order.DEFAULT, 0, 10);
        assertThat(saved).singleElement().satisfies(candidate -> {
            assertThat(candidate.fullName()).isEqualTo("Jonas Becker");
            assertThat(candidate.currentTitle()).isEqualTo("Head of Logistics");
            assertThat(documents.documentsOf(candidate.id())).hasSize(1);
        });
        assertThat(intake.reviewQueue()).isEmpty();
    }

    @Test
    void a_blank_name_gets_a_message_and_saves_nothing() {
        drop();
        UI.getCurrent().navigate("candidates/review");

        field("First name").setValue("");
        _click(_get(Button.class, spec -> spec.withText("Save candidate")));

        assertThat(field("First name").isInvalid()).isTrue();
        assertThat(field("First name").getErrorMessage()).isEqualTo("Enter a first name");
        assertThat(candidates.count(CandidateQuery.ALL).value()).isZero();
        assertThat(intake.reviewQueue()).hasSize(1);
    }

    @Test
    void a_duplicate_is_offered_and_updating_it_shows_the_current_values_then_keeps_one_candidate() {
        UUID existing = candidates.create(aCandidate().named("Jonas", "Becker").withEmail("jonas.becker@mail.example")
                .withTitle("Warehouse Supervisor").draft()).id();
        drop();
        UI.getCurrent().navigate("candidates/review");

        assertThat(pageText()).contains("Possible duplicates", "Jonas Becker (Same email");
        _click(_get(Button.class, spec -> spec.withText("Update this one instead")));
        assertThat(field("Current title").getHelperText()).endsWith("Now: Warehouse Supervisor");
        field("First name").setValue("Jonas");
        field("Last name").setValue("Becker");
        field("Current employer").setValue("Nordhafen Freight GmbH");
        // the current title is kept; the CV's employer replaces the old one
        _click(_get(field("Current title"), Button.class, spec -> spec.withClasses("cv-review-keep")));
        assertThat(field("Current title").getValue()).isEqualTo("Warehouse Supervisor");
        _click(_get(Button.class, spec -> spec.withText("Update Jonas Becker")));

        assertThat(candidates.count(CandidateQuery.ALL).value()).isEqualTo(1);
        assertThat(candidates.get(existing).currentTitle()).isEqualTo("Warehouse Supervisor");
        assertThat(candidates.get(existing).currentCompany()).isEqualTo("Nordhafen Freight GmbH");
        assertThat(documents.documentsOf(existing)).hasSize(1);
    }

    private void drop() {
        intake.addCvs(List.of(new CvUpload("jonas.pdf", TestDocuments.pdf(CV))));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> !intake.reviewQueue().isEmpty());
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }
}
