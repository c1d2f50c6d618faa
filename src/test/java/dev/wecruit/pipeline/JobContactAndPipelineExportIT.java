package dev.wecruit.pipeline;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditEntry;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.AccessChannel;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.companies.ContactDraft;
import dev.wecruit.companies.ContactExportField;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobExportField;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The job list, the contact list and a job's pipeline exported (decision 0032): read back, the rows the lists show;
 * formulas neutralised; viewers without contact details unless the firm allows them; exports naming people audited.
 */
@IntegrationTest
class JobContactAndPipelineExportIT {

    @Autowired JobService jobs;
    @Autowired CompanyService companies;
    @Autowired CandidateService candidates;
    @Autowired ApplicationService applications;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired AuditLog audit;

    TestFirms.CreatedFirm firm;
    CompanySummary acme;
    ContactDetails grace;
    JobDetails planner;
    JobDetails analyst;

    @BeforeEach
    void aFirmWithJobsContactsAndAPipeline() {
        firm = TestFirms.aFirm("Exporting Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        acme = companies.create(TestCompanies.aCompany("Acme Ltd"));
        grace = companies.createContact(new ContactDraft(acme.id(), "Grace", "Hopper",
                "=HYPERLINK(\"http://evil.example\")", "grace@acme.example", "+31 10 123 4567", null));
        CompanySummary prospect = companies.create(TestCompanies.aCompany("Globex", CompanyStatus.PROSPECT));
        companies.createContact(TestCompanies.aContactAt(prospect.id(), "Alan", "Turing"));
        planner = jobs.create(TestJobs.aJobAt(acme.id(), grace.id()).toBuilder().title("Planner").build());
        analyst = jobs.create(TestJobs.aJobAt(acme.id()).toBuilder().title("+Analyst").build());
        jobs.create(TestJobs.withStatus(TestJobs.aJobAt(prospect.id()).toBuilder().title("Closed role").build(),
                JobStatus.FILLED));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void the_job_list_read_back_by_poi_gives_the_rows_shown_with_the_extras_and_neutralised_formulas() throws IOException {
        var out = new ByteArrayOutputStream();
        int rows = jobs.export("", Set.of(JobStatus.OPEN), null, Sort.by("title"), EnumSet.of(JobExportField.FEE,
                JobExportField.HIRING_MANAGER), SheetFormat.XLSX, out, ZoneOffset.UTC);

        List<List<String>> sheet = xlsx(out.toByteArray());
        assertThat(rows).isEqualTo(2);
        assertThat(sheet.getFirst()).containsExactly("Title", "Company", "Status", "Owner", "Location", "Opened",
                "Fee", "Hiring manager");
        assertThat(sheet.get(1)).startsWith("'+Analyst", "Acme Ltd", "Open", "", "Rotterdam");
        assertThat(sheet.get(1)).endsWith("22.5 %", "");
        assertThat(sheet.get(2)).startsWith("Planner", "Acme Ltd", "Open").endsWith("22.5 %", "Grace Hopper");
        assertThat(sheet).hasSize(3);
    }

    @Test
    void a_job_export_is_audited_only_when_it_names_hiring_managers() {
        jobs.export("", Set.of(), null, Sort.by("title"), Set.of(), SheetFormat.CSV, new ByteArrayOutputStream(),
                ZoneOffset.UTC);
        assertThat(exports()).isEmpty();

        jobs.export("", Set.of(), null, Sort.by("title"), Set.of(JobExportField.HIRING_MANAGER), SheetFormat.CSV,
                new ByteArrayOutputStream(), ZoneOffset.UTC);

        assertThat(exports()).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("Jobs list");
            assertThat(entry.detail()).startsWith("3 rows as CSV").contains("Hiring manager");
        });
    }

    @Test
    void the_contact_list_follows_the_company_list_and_gives_viewers_details_only_when_the_firm_allows()
            throws IOException {
        Set<ContactExportField> details = EnumSet.allOf(ContactExportField.class);

        List<List<String>> recruiters = csv(contacts(Set.of(CompanyStatus.CLIENT), details));
        assertThat(recruiters.getFirst()).containsExactly("Name", "Title", "Company", "Company status", "Email",
                "Phone", "LinkedIn");
        assertThat(recruiters.get(1)).startsWith("Grace Hopper", "'=HYPERLINK(\"http://evil.example\")", "Acme Ltd",
                "Client", grace.email());
        assertThat(recruiters).hasSize(2);

        SignedIn.as(signIn, firm.member(Role.VIEWER));
        List<List<String>> withheld = csv(contacts(Set.of(), details));
        assertThat(withheld.getFirst()).containsExactly("Name", "Title", "Company", "Company status");
        assertThat(withheld).extracting(List::getFirst).containsExactly("Name", "Grace Hopper", "Alan Turing");
        assertThat(String.join(",", withheld.get(1))).doesNotContain(grace.email(), "1234567");

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        organizations.changeProfile(organizations.profile().withViewersExportContacts(true));
        SignedIn.as(signIn, firm.member(Role.VIEWER));
        assertThat(csv(contacts(Set.of(), details)).get(1)).contains(grace.email());
    }

    @Test
    void every_contact_export_is_audited_with_its_row_count() {
        contacts(Set.of(), Set.of());

        assertThat(exports()).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("Contacts list");
            assertThat(entry.detail()).startsWith("2 rows as CSV");
        });
    }

    @Test
    void a_jobs_pipeline_exports_stage_by_stage_with_contact_details_logged_as_exported() throws IOException {
        CandidateDetails ada = candidates.create(aCandidate().named("Ada", "Lovelace").titled("Analyst", "Babbage")
                .withEmail("ada@example.com").draft());
        CandidateDetails ben = candidates.create(aCandidate().named("Ben", "Okri").titled("Writer", "Self").draft());
        CandidateDetails cy = candidates.create(aCandidate().named("Cy", "Twombly").titled("@Painter", "Studio")
                .draft());
        applications.add(ada.id(), planner.id());
        applications.add(ben.id(), planner.id());
        Stage rejected = planner.stages().stream().filter(stage -> stage.kind() == StageKind.REJECTED)
                .findFirst().orElseThrow();
        applications.add(cy.id(), planner.id(), rejected.id(), "Not a fit");
        applications.add(cy.id(), analyst.id());

        var out = new ByteArrayOutputStream();
        int rows = applications.exportPipeline(planner.id(), EnumSet.of(PipelineExportField.TITLE,
                PipelineExportField.EMAIL), SheetFormat.XLSX, out, ZoneOffset.UTC);

        List<List<String>> sheet = xlsx(out.toByteArray());
        String entry = planner.entryStage().name();
        assertThat(rows).isEqualTo(3);
        assertThat(sheet.getFirst()).containsExactly("Candidate", "Stage", "Position", "In stage since",
                "Days in stage", "Rejection reason", "Current title", "Email");
        assertThat(sheet.get(1)).startsWith("Ada Lovelace", entry, "1").endsWith("", "Analyst", "ada@example.com");
        assertThat(sheet.get(2)).startsWith("Ben Okri", entry, "2");
        assertThat(sheet.get(3)).startsWith("Cy Twombly", rejected.name(), "1").endsWith("Not a fit", "'@Painter", "");
        assertThat(candidates.accessLogOf(ada.id())).singleElement().extracting(e -> e.channel())
                .isEqualTo(AccessChannel.EXPORT);
        assertThat(exports()).singleElement().satisfies(audited -> {
            assertThat(audited.subject()).isEqualTo("Pipeline (Planner) list");
            assertThat(audited.detail()).startsWith("3 rows as XLSX");
        });
    }

    @Test
    void a_viewers_pipeline_export_has_no_contact_columns() throws IOException {
        CandidateDetails ada = candidates.create(aCandidate().named("Ada", "Lovelace").withEmail("ada@example.com")
                .draft());
        applications.add(ada.id(), planner.id());
        SignedIn.as(signIn, firm.member(Role.VIEWER));

        var out = new ByteArrayOutputStream();
        applications.exportPipeline(planner.id(), EnumSet.allOf(PipelineExportField.class), SheetFormat.CSV, out,
                ZoneOffset.UTC);

        List<List<String>> sheet = csv(out.toByteArray());
        assertThat(sheet.getFirst()).endsWith("Current title", "Current company", "Location")
                .doesNotContain("Email", "Phone");
        assertThat(String.join(",", sheet.get(1))).doesNotContain("ada@example.com");
    }

    private byte[] contacts(Set<CompanyStatus> statuses, Set<ContactExportField> extras) {
        var out = new ByteArrayOutputStream();
        companies.exportContacts("", statuses, Sort.by("name"), extras, SheetFormat.CSV, out);
        return out.toByteArray();
    }

    /** The audit log's export entries, as the admin reads them; signed in as the recruiter again afterwards. */
    private List<AuditEntry> exports() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        try {
            return audit.entries(new AuditQuery(Set.of(AuditAction.EXPORTED), null, null, null), Pageable.unpaged());
        } finally {
            SignedIn.as(signIn, firm.member(Role.RECRUITER));
        }
    }

    private static List<List<String>> xlsx(byte[] file) throws IOException {
        var formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            // as wide as the header: an empty cell at the end of a row is not written at all
            int width = workbook.getSheetAt(0).getRow(0).getLastCellNum();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<List<String>> csv(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        return rows;
    }
}
