package dev.wecruit.jobs.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.KaribuTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.TimelineOf;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobDraft;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.frame.NotFoundView;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JobViewsTest extends KaribuTest {

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CandidateService candidates;
    @Autowired ApplicationService applications;
    @Autowired ActivityService activities;

    TestFirms.CreatedFirm firm;
    CompanySummary acme;
    ContactDetails anna;
    JobDetails planner;

    @BeforeEach
    void aRecruiterWithAMandate() {
        firm = TestFirms.aFirm("Mandate Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        signIn(firm.member(Role.RECRUITER));
        acme = companies.create(TestCompanies.aCompany("Acme Ltd"));
        anna = companies.createContact(TestCompanies.aContactAt(acme.id(), "Anna", "Meyer"));
        planner = jobs.create(TestJobs.aJobAt(acme.id(), anna.id()));
    }

    @Test
    void the_status_and_owner_filters_and_the_search_box_narrow_the_list() {
        UUID admin = member(Role.ADMIN).id();
        jobs.create(new JobDraft("Data Analyst", acme.id(), null, null, List.of(), List.of(), null, null, null, null, null,
                null, null, JobStatus.FILLED, admin, null, null));
        UI.getCurrent().navigate("jobs");
        assertThat(titles()).containsExactlyInAnyOrder("Senior Supply Chain Planner", "Data Analyst");
        assertThat(rows()).extracting(JobListView.JobRow::companyName).containsOnly("Acme Ltd");
        assertThat(pageText()).contains("2 jobs");

        UI.getCurrent().navigate("jobs", QueryParameters.simple(Map.of("status", "open")));
        assertThat(titles()).containsExactly("Senior Supply Chain Planner");

        UI.getCurrent().navigate("jobs", QueryParameters.simple(Map.of("owner", admin.toString())));
        assertThat(titles()).containsExactly("Data Analyst");

        _get(TextField.class, spec -> spec.withClasses("list-view-search")).setValue("acme");
        assertThat(titles()).as("the client's name finds its jobs").containsExactly("Data Analyst");
        _get(TextField.class, spec -> spec.withClasses("list-view-search")).setValue("planner");
        assertThat(titles()).isEmpty();
        assertThat(_get(Grid.class).getEmptyStateText()).contains("No jobs match");
    }

    @Test
    void the_job_page_shows_the_mandate_and_the_count_per_stage() {
        UUID zoe = candidates.create(aCandidate().named("Zoë", "O'Brien").draft()).id();
        applications.add(zoe, planner.id());

        UI.getCurrent().navigate("jobs/" + planner.id());

        assertThat(_get(H2.class).getText()).isEqualTo("Senior Supply Chain Planner");
        assertThat(pageText()).contains("Acme Ltd · Open · Rotterdam", "Anna Meyer",
                "22.5% of first-year salary", "EUR 65,000 – 80,000", "Own demand and supply planning");
        String pipeline = _get(Div.class, spec -> spec.withClasses("job-pipeline")).getElement().getTextRecursively();
        assertThat(pipeline).contains("1" + planner.stages().getFirst().name(), "0" + planner.stages().get(1).name());
    }

    @Test
    void several_candidates_added_at_once_enter_the_first_stage_and_one_already_in_is_refused() {
        UUID zoe = candidates.create(aCandidate().named("Zoë", "O'Brien").draft()).id();
        UUID sam = candidates.create(aCandidate().named("Samir", "Haddad").draft()).id();
        UUID lea = candidates.create(aCandidate().named("Léa", "Martin").draft()).id();
        applications.add(lea, planner.id());
        UI.getCurrent().navigate("jobs/" + planner.id());

        _click(_get(Button.class, spec -> spec.withClasses("add-candidates")));
        MultiSelectComboBox<CandidateSummary> picker = picker();
        picker.setValue(Set.of(summary(lea)));
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("Léa Martin is already in this job's pipeline");
        assertThat(picker.getValue()).isEmpty();

        picker.setValue(Set.of(summary(zoe), summary(sam)));
        _click(_get(Button.class, spec -> spec.withClasses("add-candidates-confirm")));

        expectNotifications("Added 2 candidates");
        assertThat(applications.applicationsOf(planner.id())).extracting(ApplicationSummary::stageId)
                .containsOnly(planner.stages().getFirst().id()).hasSize(3);
        assertThat(_get(Div.class, spec -> spec.withClasses("job-pipeline")).getElement().getTextRecursively())
                .contains("3" + planner.stages().getFirst().name());
    }

    @Test
    void a_note_logged_on_the_job_page_is_also_on_the_company_and_hiring_managers_timelines() {
        UI.getCurrent().navigate("jobs/" + planner.id());

        _click(_get(Button.class, spec -> spec.withClasses("log-note")));
        _get(TextArea.class, spec -> spec.withLabel("What happened")).setValue("Brief agreed with Anna");
        _click(_get(Button.class, spec -> spec.withClasses("log-activity-save")));

        for (TimelineOf timeline : List.of(TimelineOf.job(planner.id()), TimelineOf.company(acme.id()),
                TimelineOf.contact(anna.id()))) {
            assertThat(activities.timeline(timeline, List.of(ActivityType.NOTE), 0, 10).getContent())
                    .as(timeline.kind().name()).hasSize(1);
        }
        assertThat(pageText()).contains("Brief agreed with Anna");
    }

    @Test
    void the_form_refuses_a_job_without_title_or_client_and_creates_a_good_one() {
        UI.getCurrent().navigate("jobs/new");
        save();

        assertThat(field("Title").getErrorMessage()).isEqualTo("Enter the job title");
        assertThat(companyField().isInvalid()).isTrue();
        assertThat(jobs.count(EnumSet.allOf(JobStatus.class))).isEqualTo(1);

        field("Title").setValue("Head of Finance");
        companyField().setValue(acme);
        managerField().setValue(managerField().getListDataView().getItems().findFirst().orElseThrow());
        _get(Select.class, spec -> spec.withLabel("Fee")).setValue(FeeTerms.Type.FIXED);
        _get(BigDecimalField.class, spec -> spec.withLabel("Fixed fee")).setValue(new BigDecimal("18000"));
        field("Fee currency").setValue("gbp");
        save();

        assertThat(_get(H2.class).getText()).isEqualTo("Head of Finance");
        assertThat(pageText()).contains("GBP 18,000 fixed", "Anna Meyer");
    }

    @Test
    void an_edit_shows_the_jobs_fee_and_hiring_manager_and_keeps_them_when_only_the_title_changes() {
        UI.getCurrent().navigate("jobs/" + planner.id() + "/edit");

        assertThat(_get(Select.class, spec -> spec.withLabel("Fee")).getValue()).isEqualTo(FeeTerms.Type.PERCENTAGE);
        assertThat(_get(BigDecimalField.class, spec -> spec.withLabel("Fee percentage")).getValue())
                .isEqualByComparingTo("22.5");
        assertThat(managerField().getValue().id()).isEqualTo(anna.id());
        field("Title").setValue("Lead Supply Chain Planner");
        save();

        JobDetails saved = jobs.get(planner.id());
        assertThat(saved.title()).isEqualTo("Lead Supply Chain Planner");
        assertThat(saved).usingRecursiveComparison().ignoringFields("title", "version", "updatedAt")
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(planner);
    }

    @Test
    void a_services_message_about_the_fee_terms_shows_on_the_fee() {
        UI.getCurrent().navigate("jobs/" + planner.id() + "/edit");
        _get(Select.class, spec -> spec.withLabel("Fee")).setValue(FeeTerms.Type.FIXED);
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withLabel("Fixed fee"));
        assertThat(amount.isReadOnly()).as("bound for reading and checking only, yet typed into").isFalse();
        amount.setValue(new BigDecimal("18000"));
        save();

        Select<?> fee = _get(Select.class, spec -> spec.withLabel("Fee"));
        assertThat(fee.isInvalid()).isTrue();
        assertThat(fee.getErrorMessage()).isEqualTo("Choose the fee's currency");
        assertThat(jobs.get(planner.id()).fee()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(planner.fee());
    }

    @Test
    void the_form_opened_from_a_company_page_offers_that_companys_contacts_as_hiring_manager() {
        companies.createContact(TestCompanies.aContactAt(
                companies.create(TestCompanies.aCompany("Brightwater")).id(), "Other", "Person"));
        UI.getCurrent().navigate("companies/" + acme.id());
        _click(_get(Button.class, spec -> spec.withClasses("company-new-job")));

        assertThat(companyField().getValue().id()).isEqualTo(acme.id());
        assertThat(managerField().getListDataView().getItems().map(ContactDetails::fullName))
                .containsExactly("Anna Meyer");
    }

    @Test
    void another_firms_job_shows_the_not_found_page_and_nothing_of_theirs() {
        SignedIn.out();
        var other = TestFirms.aFirm("Rival Search").withMember(Role.RECRUITER).create(accounts, organizations);
        signIn(other.member(Role.RECRUITER));

        for (String address : List.of("jobs/" + planner.id(), "jobs/" + planner.id() + "/edit", "jobs/42")) {
            UI.getCurrent().navigate(address);
            assertThat(_find(NotFoundView.class)).as(address).hasSize(1);
            assertThat(pageText()).as(address).doesNotContain("Supply Chain", "Acme");
        }
    }

    private MemberSummary member(Role role) {
        UUID account = firm.member(role).accountId();
        return organizations.members().stream().filter(member -> member.accountId().equals(account)).findFirst()
                .orElseThrow();
    }

    private CandidateSummary summary(UUID candidateId) {
        var candidate = candidates.get(candidateId);
        return new CandidateSummary(candidate.id(), candidate.firstName(), candidate.lastName(),
                candidate.currentTitle(), candidate.currentCompany(), candidate.location(), candidate.skills(),
                candidate.tags(), candidate.ownerId(), candidate.lastActivityAt());
    }

    private static List<String> titles() {
        return rows().stream().map(row -> row.job().title()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_job_lists_export_downloads_the_jobs_the_search_shows_and_the_job_page_exports_its_pipeline()
            throws Exception {
        jobs.create(TestJobs.aJobAt(acme.id()).toBuilder().title("Night Porter").build());
        UI.getCurrent().navigate("jobs", QueryParameters.simple(Map.of("q", "planner")));

        var export = (dev.wecruit.shell.ListExport<dev.wecruit.jobs.JobExportField>) _get(
                dev.wecruit.shell.ListExport.class);
        _click(export);
        var out = new java.io.ByteArrayOutputStream();
        int rows = export.download().writeTo(out);

        assertThat(export.download().fileName()).isEqualTo("jobs.xlsx");
        assertThat(rows).isEqualTo(1);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(planner.title());
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }

        applications.add(candidates.create(aCandidate().named("Ada", "Lovelace").draft()).id(), planner.id());
        UI.getCurrent().navigate("jobs/" + planner.id());
        var pipeline = (dev.wecruit.shell.ListExport<dev.wecruit.pipeline.PipelineExportField>) _get(
                dev.wecruit.shell.ListExport.class, spec -> spec.withClasses("pipeline-export"));
        _click(pipeline);
        var board = new java.io.ByteArrayOutputStream();

        assertThat(pipeline.download().writeTo(board)).isEqualTo(1);
        assertThat(pipeline.download().fileName()).isEqualTo("pipeline.xlsx");
    }

    @SuppressWarnings("unchecked")
    private static List<JobListView.JobRow> rows() {
        Grid<JobListView.JobRow> grid = _get(Grid.class);
        return _fetch(grid, 0, _size(grid));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<CandidateSummary> picker() {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel("Candidates"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CompanySummary> companyField() {
        return _get(ComboBox.class, spec -> spec.withLabel("Client company"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ContactDetails> managerField() {
        return _get(ComboBox.class, spec -> spec.withLabel("Hiring manager"));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }
}
