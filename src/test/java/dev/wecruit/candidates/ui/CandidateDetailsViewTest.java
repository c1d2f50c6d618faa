package dev.wecruit.candidates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import dev.wecruit.KaribuTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.TimelineOf;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.AccessChannel;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.frame.NotFoundView;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CandidateDetailsViewTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider authentication;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired ActivityService activities;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ApplicationService applications;

    TestFirms.CreatedFirm firm;
    UUID zoe;

    @BeforeEach
    void aRecruiterWithACandidate() {
        firm = TestFirms.aFirm("Detail Partners").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        zoe = candidates.create(aCandidate().named("Zoë", "O'Brien").withEmail("zoe@example.com")
                .withPhone("07700 900123").withSkill("Consolidation").draft()).id();
    }

    @Test
    void the_page_shows_who_the_candidate_is_and_how_to_reach_them() {
        UI.getCurrent().navigate("candidates/" + zoe);

        assertThat(_get(H2.class).getText()).isEqualTo("Zoë O'Brien");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .contains("mailto:zoe@example.com", "tel:+447700900123");
        assertThat(pageText()).contains("Senior Accountant at Brightwater Health · London", "Consolidation",
                "University of Leeds", "No documents yet");
    }

    @Test
    void opening_the_page_records_that_the_member_saw_the_contact_details_once_a_day() {
        UUID noContact = candidates.create(aCandidate().named("Nia", "Nocontact").draft().toBuilder().address(null)
                .build()).id();

        UI.getCurrent().navigate("candidates/" + zoe);
        UI.getCurrent().navigate("candidates/" + noContact);
        UI.getCurrent().navigate("candidates/" + zoe);

        assertThat(candidates.accessLogOf(zoe)).singleElement().satisfies(entry -> {
            assertThat(entry.channel()).isEqualTo(AccessChannel.PAGE_VIEW);
            assertThat(entry.times()).isEqualTo(2);
            assertThat(entry.who()).isEqualTo(organizations.members().stream()
                    .filter(member -> member.accountId().equals(firm.member(Role.RECRUITER).accountId()))
                    .findFirst().orElseThrow().displayName());
        });
        assertThat(candidates.accessLogOf(noContact)).as("a page without contact details shows none").isEmpty();
    }

    @Test
    void the_page_shows_the_consent_and_a_legal_hold_with_its_reason() {
        SignedIn.out();
        var held = TestFirms.aFirm("Held Partners").withMember(Role.ADMIN).create(accounts, organizations);
        signIn(held.member(Role.ADMIN));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID hal = candidates.create(aCandidate().named("Hal", "Held").consentedOn(today.minusYears(1),
                today.plusYears(1)).onLegalHold("Employment tribunal, case 2207").draft()).id();

        UI.getCurrent().navigate("candidates/" + hal);

        assertThat(_get(Span.class, spec -> spec.withClasses("legal-hold-badge")).getText()).isEqualTo("On legal hold");
        assertThat(pageText()).contains("Employment tribunal, case 2207", "Lawful basis: Consent",
                "Consent given: ", "email reply", "Consent expires: ")
                .doesNotContain("Consent expired");
    }

    @Test
    void an_expired_consent_says_so() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID ewa = candidates.create(aCandidate().named("Ewa", "Expired").consentedOn(today.minusYears(2),
                today.minusDays(3)).draft()).id();

        UI.getCurrent().navigate("candidates/" + ewa);

        assertThat(pageText()).contains("Consent expired: ").doesNotContain("On legal hold");
    }

    @Test
    void another_firms_candidate_shows_the_not_found_page_and_nothing_of_theirs() {
        SignedIn.out();
        var other = TestFirms.aFirm("Rival Search").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(other.member(Role.RECRUITER));

        UI.getCurrent().navigate("candidates/" + zoe);

        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(pageText()).doesNotContain("O'Brien", "zoe@example.com", "Consolidation");
    }

    @Test
    void an_address_with_no_candidate_behind_it_shows_the_not_found_page() {
        UI.getCurrent().navigate("candidates/" + UUID.randomUUID());
        assertThat(_find(NotFoundView.class)).hasSize(1);

        UI.getCurrent().navigate("candidates/not-an-id");
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void an_uploaded_pdf_cv_is_listed_and_a_file_of_another_type_is_refused_without_storing_it() {
        UI.getCurrent().navigate("candidates/" + zoe);
        Upload upload = _get(Upload.class);

        _upload(upload, "zoe-cv.pdf", "application/pdf", TestDocuments.pdf("Zoë O'Brien", "Consolidation"));
        assertThat(pageText()).contains("zoe-cv.pdf").doesNotContain("No documents yet");

        _upload(upload, "cv.pdf", "application/pdf", "MZ not really a pdf".getBytes(StandardCharsets.UTF_8));
        expectNotifications("Attached zoe-cv.pdf", "Only PDF, Word (.docx or .doc) and text (.txt) files can be attached");
        assertThat(documents.documentsOf(zoe)).hasSize(1);
    }

    @Test
    void a_logged_call_appears_on_the_timeline_as_plain_text() {
        UI.getCurrent().navigate("candidates/" + zoe);

        _click(_get(Button.class, spec -> spec.withClasses("log-call")));
        _get(TextArea.class, spec -> spec.withLabel("What happened")).setValue("Keen on <b>Leeds</b> roles");
        _click(_get(Button.class, spec -> spec.withClasses("log-activity-save")));

        Div body = _get(Div.class, spec -> spec.withClasses("timeline-entry-body"));
        assertThat(body.getText()).isEqualTo("Keen on <b>Leeds</b> roles");
        assertThat(body.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(activities.timeline(TimelineOf.candidate(zoe), List.of(ActivityType.CALL), 0, 10)
                .getTotalElements()).isEqualTo(1);
        assertThat(candidates.get(zoe).lastActivityAt()).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void adding_the_candidate_to_a_job_lists_it_and_adding_again_is_refused() {
        UUID company = companies.create(TestCompanies.aCompany("Acme Ltd")).id();
        JobDetails job = jobs.create(TestJobs.aJobAt(company));
        UI.getCurrent().navigate("candidates/" + zoe);

        _click(_get(Button.class, spec -> spec.withClasses("add-to-job")));
        ComboBox<JobDetails> jobBox = _get(ComboBox.class, spec -> spec.withLabel("Job"));
        jobBox.setValue(jobs.get(job.id()));
        _click(_get(Button.class, spec -> spec.withClasses("add-to-job-confirm")));

        assertThat(_get(Div.class, spec -> spec.withClasses("candidate-jobs")).getElement().getTextRecursively())
                .contains(job.title() + " · Acme Ltd", job.stages().getFirst().name());

        _click(_get(Button.class, spec -> spec.withClasses("add-to-job")));
        jobBox = _get(ComboBox.class, spec -> spec.withLabel("Job"));
        jobBox.setValue(jobs.get(job.id()));
        _click(_get(Button.class, spec -> spec.withClasses("add-to-job-confirm")));
        assertThat(jobBox.isInvalid()).isTrue();
        assertThat(jobBox.getErrorMessage()).contains("already in this job");
        assertThat(applications.applicationsOfCandidate(zoe)).hasSize(1);
    }
}
