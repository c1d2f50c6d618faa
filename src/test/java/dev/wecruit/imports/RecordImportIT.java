package dev.wecruit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.companies.CompanyDraft;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.companies.ContactDraft;
import dev.wecruit.imports.internal.ImportSnapshotSweep;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobDraft;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports of companies with their contacts, and of jobs, end to end (decision 0038). */
@IntegrationTest
class RecordImportIT extends FirmTest {

    static final String COMPANIES = "Account Name,Website,Industry,City,Type,First Name,Last Name,Title,Email";
    static final String JOBS = "Position,Client,Hiring Manager,Salary From,Salary To,Fee,Status,Recruiter,Skills";

    @Autowired ImportService imports;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired dev.wecruit.candidates.CandidateService candidates;
    @Autowired ImportSnapshotSweep sweep;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    long rowsOf(String table) {
        return transactions.execute(status -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    ImportTable file(String header, String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = header;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return imports.read("records.csv", TestSheets.csv(StandardCharsets.UTF_8, all), null);
    }

    ImportSummary finished(StartedImport started) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() ->
                imports.find(started.batchId()).orElseThrow().status() != ImportSummary.Status.RUNNING);
        return imports.find(started.batchId()).orElseThrow();
    }

    Map<String, CompanySummary> companiesByName() {
        return companies.allNames().keySet().stream().map(companies::get)
                .collect(Collectors.toMap(CompanySummary::name, Function.identity()));
    }

    /** Acme Ltd with Ada Lovelace, CFO: what the company files below find already there. */
    record Acme(CompanySummary company, ContactDetails ada) {
    }

    Acme acme() {
        CompanySummary acme = companies.create(new CompanyDraft("Acme Ltd", null, null, null, CompanyStatus.PROSPECT,
                null));
        ContactDetails ada = companies.createContact(new ContactDraft(acme.id(), "Ada", "Lovelace", "CFO",
                "ada@acme.example", null, null));
        return new Acme(acme, ada);
    }

    ImportTable companiesFile() {
        return file(COMPANIES,
                "ACME Limited,acme.example,Retail,Leeds,,Ada,Lovelace,Finance Director,ADA@acme.example",
                "Acme,,,,,Bo,Lee,Buyer,bo@acme.example",
                "Globex,globex.example,Energy,,Client,Cy,Young,CEO,cy@globex.example",
                "Globex,,,,,Di,Prince,,di@globex.example",
                "Globex,,,,,Cy,Young,CEO,cy@globex.example",
                "Initech,,,,Sort of,Ed,,,not-an-email");
    }

    @Test
    void the_dry_run_of_companies_with_contacts_reports_each_row_and_writes_nothing() {
        acme();
        long companiesBefore = companies.count();
        long contactsBefore = companies.countContacts();
        ImportTable table = companiesFile();

        DryRun dryRun = imports.dryRun(ImportKind.COMPANIES, table, imports.suggest(ImportKind.COMPANIES, table));

        assertThat(dryRun.rows()).extracting(RowCheck::outcome).containsExactly(RowCheck.Outcome.UPDATE,
                RowCheck.Outcome.CREATE, RowCheck.Outcome.CREATE, RowCheck.Outcome.CREATE,
                RowCheck.Outcome.DUPLICATE, RowCheck.Outcome.INVALID);
        assertThat(dryRun.toCreate()).isEqualTo(3);
        assertThat(dryRun.toUpdate()).isEqualTo(1);
        assertThat(dryRun.rows().get(0).reason()).isEqualTo(
                "Updates Acme Ltd, updates contact Ada Lovelace at Acme Ltd");
        assertThat(dryRun.rows().get(1).reason()).isEqualTo("Adds contact Bo Lee to Acme Ltd");
        assertThat(dryRun.rows().get(2).reason()).isEqualTo("Creates Globex with contact Cy Young");
        assertThat(dryRun.rows().get(3).reason()).isEqualTo("Adds contact Di Prince to Globex");
        assertThat(dryRun.rows().get(4).reason()).isEqualTo("Same contact as line 4");
        assertThat(dryRun.rows().get(5).reason()).contains("Company status: Enter Prospect, Client or Former")
                .contains("Contact's last name: Enter a last name").contains("Email: Not a valid email address");
        assertThat(dryRun.rows().get(5).cellErrors()).containsEntry(4, "Enter Prospect, Client or Former")
                .containsEntry(8, "Not a valid email address");
        assertThat(companies.count()).isEqualTo(companiesBefore);
        assertThat(companies.countContacts()).isEqualTo(contactsBefore);
        assertThat(rowsOf("import_batches")).isZero();
    }

    @Test
    void companies_with_contacts_are_imported_and_undo_restores_them_and_lists_what_changed_since() {
        Acme acme = acme();
        long companiesBefore = companies.count();
        ImportTable table = companiesFile();

        ImportSummary done = finished(imports.start(ImportKind.COMPANIES, table,
                imports.suggest(ImportKind.COMPANIES, table), ImportMode.SKIP_INVALID));

        assertThat(done.status()).isEqualTo(ImportSummary.Status.DONE);
        assertThat(done.created()).isEqualTo(3);
        assertThat(done.updated()).isEqualTo(1);
        assertThat(done.skipped()).isEqualTo(2);
        assertThat(companies.count()).isEqualTo(companiesBefore + 1);
        CompanySummary updated = companies.get(acme.company().id());
        assertThat(updated.name()).isEqualTo("Acme Ltd");
        assertThat(updated.industry()).isEqualTo("Retail");
        assertThat(updated.location()).isEqualTo("Leeds");
        assertThat(companies.getContact(acme.ada().id()).title()).isEqualTo("Finance Director");
        assertThat(companies.contactsOf(acme.company().id())).extracting(ContactDetails::fullName)
                .containsExactlyInAnyOrder("Ada Lovelace", "Bo Lee");
        CompanySummary globex = companiesByName().get("Globex");
        assertThat(globex.status()).isEqualTo(CompanyStatus.CLIENT);
        assertThat(companies.contactsOf(globex.id())).extracting(ContactDetails::fullName)
                .containsExactlyInAnyOrder("Cy Young", "Di Prince");
        String result = new String(imports.resultFile(done.id()).content(), StandardCharsets.UTF_8);
        assertThat(result).contains(",updated").contains(",created").contains("skipped: Same contact as line 4");

        // someone edits Di after the import: Di stays, and so does Globex, whose contact Di is
        ContactDetails di = companies.contactsOf(globex.id()).stream().filter(c -> c.firstName().equals("Di"))
                .findFirst().orElseThrow();
        companies.updateContact(di.id(), di.version(), new ContactDraft(globex.id(), "Di", "Prince", "COO",
                di.email(), null, null));

        UndoneImport undone = imports.undo(done.id());

        assertThat(undone.removed()).isEqualTo(2);
        assertThat(undone.restored()).isEqualTo(2);
        assertThat(undone.changedSince()).containsExactly("Line 4: company Globex", "Line 5: contact Di Prince");
        CompanySummary restored = companies.get(acme.company().id());
        assertThat(new CompanyDraft(restored.name(), restored.website(), restored.industry(), restored.location(),
                restored.status(), restored.ownerId())).isEqualTo(new CompanyDraft("Acme Ltd", null, null, null,
                CompanyStatus.PROSPECT, null));
        assertThat(companies.getContact(acme.ada().id()).title()).isEqualTo("CFO");
        assertThat(companies.contactsOf(acme.company().id())).extracting(ContactDetails::fullName)
                .containsExactly("Ada Lovelace");
        assertThat(companies.contactsOf(globex.id())).extracting(ContactDetails::fullName)
                .containsExactly("Di Prince");
        assertThat(imports.find(done.id()).orElseThrow().status()).isEqualTo(ImportSummary.Status.UNDONE);
        List<String> audited = transactions.execute(status -> jdbc.queryForList(
                "select action from audit_events where tenant_id = ? order by occurred_at", String.class, firm.id()));
        assertThat(audited).contains("IMPORTED", "IMPORT_UNDONE");
    }

    @Test
    void importing_the_same_companies_and_jobs_again_would_write_nothing() {
        acme();
        ImportTable companiesTable = companiesFile();
        finished(imports.start(ImportKind.COMPANIES, companiesTable,
                imports.suggest(ImportKind.COMPANIES, companiesTable), ImportMode.SKIP_INVALID));
        ImportTable jobsTable = file(JOBS, "Finance Director,ACME Ltd,ada@acme.example,\"£60,000\",\"£75,000\",20%,"
                + "On hold," + firm.member(Role.RECRUITER).email() + ",IFRS", "Buyer,Acme,,£30k,£35k,15000 EUR,,,");
        finished(imports.start(ImportKind.JOBS, jobsTable, imports.suggest(ImportKind.JOBS, jobsTable),
                ImportMode.SKIP_INVALID));

        DryRun companiesAgain = imports.dryRun(ImportKind.COMPANIES, companiesTable,
                imports.suggest(ImportKind.COMPANIES, companiesTable));
        DryRun jobsAgain = imports.dryRun(ImportKind.JOBS, jobsTable, imports.suggest(ImportKind.JOBS, jobsTable));

        assertThat(companiesAgain.toCreate() + companiesAgain.toUpdate()).isZero();
        assertThat(companiesAgain.rows().getFirst().reason()).isEqualTo("Already in your firm as this row has it");
        assertThat(jobsAgain.rows()).extracting(RowCheck::outcome).containsOnly(RowCheck.Outcome.DUPLICATE);
    }

    @Test
    void undo_keeps_a_created_company_that_a_job_names_since_and_says_so() {
        ImportTable table = file(COMPANIES, "Globex,globex.example,Energy,,Client,Cy,Young,CEO,cy@globex.example");
        ImportSummary done = finished(imports.start(ImportKind.COMPANIES, table,
                imports.suggest(ImportKind.COMPANIES, table), ImportMode.ALL_OR_NOTHING));
        CompanySummary globex = companiesByName().get("Globex");
        jobs.create(TestJobs.aJobAt(globex.id()));

        UndoneImport undone = imports.undo(done.id());

        assertThat(undone.removed()).isEqualTo(1);
        assertThat(undone.changedSince()).containsExactly("Line 2: company Globex");
        assertThat(companies.find(globex.id())).isPresent();
        assertThat(companies.contactsOf(globex.id())).isEmpty();
    }

    @Test
    void all_or_nothing_leaves_no_company_and_no_contact_on_one_bad_row() {
        long companiesBefore = companies.count();
        long contactsBefore = companies.countContacts();
        ImportTable table = file(COMPANIES, "Globex,globex.example,Energy,,Client,Cy,Young,CEO,cy@globex.example",
                "Initech,,,,,Ed,Norton,,ed@@initech.example");

        assertThatThrownBy(() -> imports.start(ImportKind.COMPANIES, table,
                imports.suggest(ImportKind.COMPANIES, table), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 row is invalid, so nothing was imported. Line 3: Email: Not a valid email");

        assertThat(companies.count()).isEqualTo(companiesBefore);
        assertThat(companies.countContacts()).isEqualTo(contactsBefore);
        assertThat(rowsOf("import_batches")).isZero();
        assertThat(rowsOf("background_work")).isZero();
    }

    @Test
    void another_firms_companies_are_never_matched() {
        var other = TestFirms.aFirm("Other Firm").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        companies.create(new CompanyDraft("Acme Ltd", "acme.example", null, null, CompanyStatus.CLIENT, null));
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        ImportTable table = file(COMPANIES, "Acme,,,,,Bo,Lee,Buyer,bo@acme.example");
        ImportTable jobsTable = file(JOBS, "Buyer,Acme,,,,,,,");

        DryRun dryRun = imports.dryRun(ImportKind.COMPANIES, table, imports.suggest(ImportKind.COMPANIES, table));
        DryRun jobsDryRun = imports.dryRun(ImportKind.JOBS, jobsTable, imports.suggest(ImportKind.JOBS, jobsTable));

        assertThat(dryRun.rows()).extracting(RowCheck::outcome).containsExactly(RowCheck.Outcome.CREATE);
        assertThat(dryRun.rows().getFirst().reason()).isEqualTo("Creates Acme with contact Bo Lee");
        assertThat(jobsDryRun.rows().getFirst().outcome()).isEqualTo(RowCheck.Outcome.INVALID);
        assertThat(jobsDryRun.rows().getFirst().reason()).contains("No company called \"Acme\" in your firm");
    }

    @Test
    void a_mapping_without_the_kinds_key_columns_or_with_another_kinds_fields_is_refused() {
        ImportTable table = file(COMPANIES, "Acme,,,,,Bo,Lee,Buyer,bo@acme.example");
        ColumnMapping noName = imports.suggest(ImportKind.COMPANIES, table).withField(0, ImportField.SKIP);

        assertThatThrownBy(() -> imports.dryRun(ImportKind.COMPANIES, table, noName))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Map a column to Company name");
        assertThatThrownBy(() -> imports.dryRun(ImportKind.COMPANIES, table,
                imports.suggest(ImportKind.COMPANIES, table).withField(1, ImportField.SKILLS)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("have no Skills");
        assertThatThrownBy(() -> imports.dryRun(ImportKind.JOBS, table, imports.suggest(ImportKind.JOBS, table)
                .withField(0, ImportField.SKIP))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Map a column to Job title and one to Client company");
    }

    // ---- jobs

    record JobsBefore(CompanySummary acme, ContactDetails ada, JobDetails director) {
    }

    JobsBefore jobsBefore() {
        Acme acme = acme();
        JobDetails director = jobs.create(TestJobs.aJobAt(acme.company().id()).toBuilder().title("Finance Director")
                .skills(List.of("IFRS")).build());
        return new JobsBefore(acme.company(), acme.ada(), director);
    }

    ImportTable jobsFile() {
        String recruiter = firm.member(Role.RECRUITER).email();
        return file(JOBS,
                "Finance Director,ACME Ltd,ada@acme.example,\"£60,000\",\"£75,000\",20%,On hold," + recruiter
                        + ",IFRS",
                "Buyer,Acme,,£30k,£35k,15000 EUR,,,Negotiation",
                "Analyst,Nowhere Inc,,,,,,,",
                "Analyst,Acme,,40000,30000,,,,",
                "Buyer,Acme Limited,,,,,,,");
    }

    @Test
    void the_dry_run_of_jobs_reports_creates_updates_duplicates_and_invalid_rows_and_writes_nothing() {
        jobsBefore();
        long jobsBefore = jobs.count(List.of());
        ImportTable table = jobsFile();

        DryRun dryRun = imports.dryRun(ImportKind.JOBS, table, imports.suggest(ImportKind.JOBS, table));

        assertThat(dryRun.rows()).extracting(RowCheck::outcome).containsExactly(RowCheck.Outcome.UPDATE,
                RowCheck.Outcome.CREATE, RowCheck.Outcome.INVALID, RowCheck.Outcome.INVALID,
                RowCheck.Outcome.DUPLICATE);
        assertThat(dryRun.rows().get(0).reason()).isEqualTo("Updates Finance Director at ACME Ltd");
        assertThat(dryRun.rows().get(2).reason()).isEqualTo("Client company: No company called \"Nowhere Inc\" in"
                + " your firm: import it with the companies first");
        assertThat(dryRun.rows().get(3).reason()).contains("Salary to: Must be at least the minimum")
                .contains("Salary currency: Choose the salary's currency");
        assertThat(dryRun.rows().get(3).cellErrors()).containsEntry(4, "Must be at least the minimum");
        assertThat(dryRun.rows().get(4).reason()).isEqualTo("Same job as line 3");
        assertThat(jobs.count(List.of())).isEqualTo(jobsBefore);
    }

    @Test
    void jobs_are_imported_and_undo_restores_the_updated_one_exactly_and_lists_the_one_changed_since() {
        JobsBefore before = jobsBefore();
        JobDraft directorBefore = draftOf(jobs.get(before.director().id()));
        ImportTable table = jobsFile();

        ImportSummary done = finished(imports.start(ImportKind.JOBS, table, imports.suggest(ImportKind.JOBS, table),
                ImportMode.SKIP_INVALID));

        assertThat(done.created()).isEqualTo(1);
        assertThat(done.updated()).isEqualTo(1);
        assertThat(done.skipped()).isEqualTo(3);
        JobDetails director = jobs.get(before.director().id());
        assertThat(director.hiringManagerId()).isEqualTo(before.ada().id());
        assertThat(director.salaryMin()).isEqualByComparingTo("60000");
        assertThat(director.salaryCurrency()).isEqualTo("GBP");
        assertThat(director.status()).isEqualTo(JobStatus.ON_HOLD);
        assertThat(director.fee()).isEqualTo(FeeTerms.percentage(new BigDecimal("20.00")));
        assertThat(director.ownerId()).isNotNull();
        JobDetails buyer = jobs.jobsOf(before.acme().id()).stream().filter(job -> job.title().equals("Buyer"))
                .findFirst().orElseThrow();
        assertThat(buyer.status()).isEqualTo(JobStatus.OPEN);
        assertThat(buyer.fee().type()).isEqualTo(FeeTerms.Type.FIXED);
        assertThat(buyer.skills()).containsExactly("Negotiation");

        // someone edits the buyer's job after the import: undo keeps it
        jobs.update(buyer.id(), buyer.version(), draftOf(buyer).toBuilder().location("Leeds").build());
        UndoneImport undone = imports.undo(done.id());

        assertThat(undone.restored()).isEqualTo(1);
        assertThat(undone.removed()).isZero();
        assertThat(undone.changedSince()).containsExactly("Line 3: job Buyer");
        assertThat(comparable(draftOf(jobs.get(before.director().id())))).isEqualTo(comparable(directorBefore));
        assertThat(jobs.find(buyer.id())).isPresent();
    }

    @Test
    void undo_removes_the_jobs_an_import_created() {
        jobsBefore();
        long jobsBefore = jobs.count(List.of());
        ImportTable table = file(JOBS, "Buyer,Acme,,£30k,£35k,,,,", "Planner,Acme,,,,,,,");
        ImportSummary done = finished(imports.start(ImportKind.JOBS, table, imports.suggest(ImportKind.JOBS, table),
                ImportMode.ALL_OR_NOTHING));
        assertThat(jobs.count(List.of())).isEqualTo(jobsBefore + 2);

        UndoneImport undone = imports.undo(done.id());

        assertThat(undone.removed()).isEqualTo(2);
        assertThat(undone.changedSince()).isEmpty();
        assertThat(jobs.count(List.of())).isEqualTo(jobsBefore);
    }

    @Test
    void all_or_nothing_leaves_no_job_on_one_bad_row() {
        jobsBefore();
        long jobsBefore = jobs.count(List.of());
        ImportTable table = file(JOBS, "Buyer,Acme,,£30k,£35k,,,,", "Planner,Acme,,,,,Someday,,");

        assertThatThrownBy(() -> imports.start(ImportKind.JOBS, table, imports.suggest(ImportKind.JOBS, table),
                ImportMode.ALL_OR_NOTHING)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Line 3: Job status: Enter Open, On hold, Filled or Cancelled");

        assertThat(jobs.count(List.of())).isEqualTo(jobsBefore);
        assertThat(rowsOf("import_batches")).isZero();
    }

    // ---- the sweep

    @Test
    void after_the_undo_period_the_sweep_deletes_the_snapshots_and_undo_is_refused_with_a_clear_message() {
        acme();
        ImportTable table = companiesFile();
        ImportSummary done = finished(imports.start(ImportKind.COMPANIES, table,
                imports.suggest(ImportKind.COMPANIES, table), ImportMode.SKIP_INVALID));
        sweep.run(clock.instant());
        assertThat(sealedLeft(done.id())).isEqualTo(List.of(1L, 1L));

        clock.fixAt(done.undoUntil().plusSeconds(60));
        sweep.run(clock.instant());

        assertThat(sealedLeft(done.id())).isEqualTo(List.of(0L, 0L));
        assertThatThrownBy(() -> imports.undo(done.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("it can no longer be undone");
        assertThatThrownBy(() -> imports.resultFile(done.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("its result file is no longer kept");
        // the import stays in the list with its counts
        assertThat(imports.find(done.id()).orElseThrow().created()).isEqualTo(3);
        assertThat(companies.contactsOf(companiesByName().get("Acme Ltd").id())).hasSize(2);
    }

    @Test
    void the_sweep_deletes_a_candidate_imports_snapshots_too_and_leaves_imports_still_in_their_period() {
        candidates.create(dev.wecruit.candidates.TestCandidates.aCandidate().named("Amara", "Okafor")
                .withEmail("amara@example.com").draft());
        ImportTable old = imports.read("people.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "First Name,Last Name,Email,Job Title", "Amara,Okafor,amara@example.com,Nurse"), null);
        ImportSummary done = finished(imports.start(old, imports.suggest(old), ImportMode.SKIP_INVALID));
        assertThat(done.updated()).isEqualTo(1);
        clock.fixAt(done.undoUntil().minusSeconds(60));
        ImportTable recent = imports.read("later.csv", TestSheets.csv(StandardCharsets.UTF_8,
                "First Name,Last Name,Email", "Bo,Lee,bo@example.com"), null);
        ImportSummary later = finished(imports.start(recent, imports.suggest(recent), ImportMode.SKIP_INVALID));

        clock.advance(Duration.ofMinutes(2));
        sweep.run(clock.instant());

        Long snapshots = transactions.execute(status -> jdbc.queryForObject("select count(*) from"
                + " import_batch_records where batch_id = ? and previous_enc is not null", Long.class, done.id()));
        assertThat(snapshots).isZero();
        assertThatThrownBy(() -> imports.undo(done.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("it can no longer be undone");
        assertThat(imports.undo(later.id()).removed()).isEqualTo(1);
    }

    @Test
    void the_sweep_is_a_daily_task_of_the_scheduler_and_runs_when_due() {
        acme();
        ImportTable table = companiesFile();
        ImportSummary done = finished(imports.start(ImportKind.COMPANIES, table,
                imports.suggest(ImportKind.COMPANIES, table), ImportMode.SKIP_INVALID));
        clock.fixAt(done.undoUntil().plusSeconds(60));
        java.sql.Timestamp before = java.sql.Timestamp.from(java.time.Instant.now());

        // the day's row of the recurring task, made due now
        assertThat(jdbc.update("update scheduled_tasks set execution_time = now() where task_name = ?",
                "import-snapshot-sweep")).isEqualTo(1);

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select coalesce(last_success > ?, false) from scheduled_tasks where task_name = ?", Boolean.class,
                before, "import-snapshot-sweep"));
        assertThat(sealedLeft(done.id())).isEqualTo(List.of(0L, 0L));
    }

    /** Whether the batch still has its rows, and how many snapshots of updated records it keeps (as 1 or 0). */
    List<Long> sealedLeft(UUID batchId) {
        return transactions.execute(status -> List.of(
                jdbc.queryForObject("select count(*) from import_batches where id = ? and rows_enc is not null",
                        Long.class, batchId),
                jdbc.queryForObject("select least(count(*), 1) from import_batch_changes where batch_id = ?"
                        + " and previous_enc is not null", Long.class, batchId)));
    }

    static JobDraft draftOf(JobDetails job) {
        return new JobDraft(job.title(), job.companyId(), job.hiringManagerId(), job.description(), job.skills(),
                job.niceToHave(), job.seniority(), job.location(), job.remotePolicy(), job.salaryMin(),
                job.salaryMax(), job.salaryCurrency(), job.fee(), job.status(), job.ownerId(), job.openedOn(),
                job.closedOn());
    }

    /** The draft with its amounts at their least scale, as the database gives them back at scale 2. */
    static JobDraft comparable(JobDraft draft) {
        FeeTerms fee = draft.fee();
        return draft.toBuilder().salaryMin(draft.salaryMin() == null ? null : draft.salaryMin().stripTrailingZeros())
                .salaryMax(draft.salaryMax() == null ? null : draft.salaryMax().stripTrailingZeros())
                .fee(fee == null ? null : new FeeTerms(fee.type(), fee.percentage() == null ? null
                        : fee.percentage().stripTrailingZeros(), fee.amount() == null ? null
                        : fee.amount().stripTrailingZeros(), fee.currency())).build();
    }
}
