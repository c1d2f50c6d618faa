package dev.wecruit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ImportIT extends FirmTest {

    static final String HEADER = "First Name,Last Name,E-mail Address,Mobile,Current Company,Job Title,Skills";

    @Autowired ImportService imports;
    @Autowired CandidateService candidates;
    @Autowired dev.wecruit.duplicates.CandidateMergeService merges;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired TransactionTemplate transactions;

    /** Counted in a transaction of the signed-in member's firm, where row-level security lets them see their rows. */
    long rowsOf(String table) {
        return transactions.execute(status -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    ImportTable csv(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return imports.read("people.csv", TestSheets.csv(StandardCharsets.UTF_8, all), null);
    }

    long firmCandidates() {
        return candidates.count();
    }

    ImportSummary finished(StartedImport started) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() ->
                imports.find(started.batchId()).orElseThrow().status() != ImportSummary.Status.RUNNING);
        return imports.find(started.batchId()).orElseThrow();
    }

    @Test
    void the_dry_run_reports_creates_updates_duplicates_and_invalid_rows_and_writes_nothing() {
        candidates.create(TestCandidates.aCandidate().named("Amara", "Okafor").withEmail("amara@example.com")
                .draft());
        long before = firmCandidates();
        ImportTable table = csv(
                "Ada,Lovelace,ada@example.com,+44 7700 900111,Engines Ltd,Engineer,\"Maths, Poetry\"",
                "Amara,Okafor,AMARA@example.com,,NHS,Nurse,Triage",
                "Ada,L.,ada@example.com,,,,",
                ",Nobody,not-an-email,12,,,");

        ColumnMappingAssert.mapped(imports.suggest(table));
        DryRun dryRun = imports.dryRun(table, imports.suggest(table));

        assertThat(dryRun.rows()).extracting(RowCheck::outcome).containsExactly(RowCheck.Outcome.CREATE,
                RowCheck.Outcome.UPDATE, RowCheck.Outcome.DUPLICATE, RowCheck.Outcome.INVALID);
        assertThat(dryRun.rows().get(1).reason()).isEqualTo("Updates Amara Okafor");
        assertThat(dryRun.rows().get(2).reason()).isEqualTo("Same email as line 2");
        assertThat(dryRun.rows().get(3).reason()).contains("First name: Enter a first name")
                .contains("Email: Not a valid email address").contains("Phone: Not a valid phone number");
        assertThat(dryRun.rows().get(3).line()).isEqualTo(5);
        assertThat(firmCandidates()).isEqualTo(before);
        assertThat(rowsOf("import_batches")).isZero();
    }

    @Test
    void the_preview_marks_each_invalid_cell_with_the_forms_message() {
        ImportTable table = csv(
                "Ada,Lovelace,ada@@example,,,,",
                "Bo,Lee,,call me,,,",
                "," + "x".repeat(101) + ",,,,,",
                "Cy," + "Smith" + ",,,," + "t".repeat(201) + ",");

        List<RowCheck> preview = imports.preview(table, imports.suggest(table));

        assertThat(preview.get(0).cellErrors()).containsEntry(2, "Not a valid email address").hasSize(1);
        assertThat(preview.get(1).cellErrors()).containsEntry(3, "Not a valid phone number").hasSize(1);
        assertThat(preview.get(2).cellErrors()).containsEntry(0, "Enter a first name")
                .containsEntry(1, "At most 100 characters");
        assertThat(preview.get(3).cellErrors()).containsEntry(5, "At most 200 characters");
        assertThat(preview).extracting(RowCheck::outcome).containsOnly(RowCheck.Outcome.INVALID);
    }

    @Test
    void skip_invalid_imports_the_rest_and_the_result_file_says_what_became_of_each_row() {
        long before = firmCandidates();
        ImportTable table = csv(
                "Ada,Lovelace,ada@example.com,,Engines Ltd,Engineer,\"Maths, Poetry\"",
                "Bo,,bo@example.com,,,,",
                "Cy,Young,cy@example.com,+44 7700 900222,,,");

        ImportSummary done = finished(imports.start(table, imports.suggest(table), ImportMode.SKIP_INVALID));

        assertThat(done.status()).isEqualTo(ImportSummary.Status.DONE);
        assertThat(rowsOf("import_batches")).isEqualTo(1);
        assertThat(rowsOf("import_batch_records")).isEqualTo(3);
        assertThat(done.created()).isEqualTo(2);
        assertThat(done.skipped()).isEqualTo(1);
        assertThat(firmCandidates()).isEqualTo(before + 2);
        CandidateSummary ada = candidates.findByEmail("ada@example.com").getFirst();
        CandidateDetails details = candidates.get(ada.id());
        assertThat(details.currentCompany()).isEqualTo("Engines Ltd");
        assertThat(details.skills()).containsExactly("Maths", "Poetry");
        assertThat(details.source()).isEqualTo("Import");
        ResultFile result = imports.resultFile(done.id());
        assertThat(result.fileName()).isEqualTo("people-result.csv");
        String text = new String(result.content(), StandardCharsets.UTF_8);
        assertThat(text).contains(ImportService.RESULT_HEADER).contains(",created")
                .contains("skipped: Last name: Enter a last name");
        assertThat(imports.recent(10)).extracting(ImportSummary::id).contains(done.id());
    }

    @Test
    void all_or_nothing_leaves_nothing_on_one_bad_row() {
        long before = firmCandidates();
        ImportTable table = csv("Ada,Lovelace,ada@example.com,,,,", "Bo,Lee,bo@@example.com,,,,");

        assertThatThrownBy(() -> imports.start(table, imports.suggest(table), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 row is invalid, so nothing was imported. Line 3: Email: Not a valid email");

        assertThat(firmCandidates()).isEqualTo(before);
        assertThat(rowsOf("import_batches")).isZero();
        assertThat(rowsOf("background_work")).isZero();
    }

    @Test
    void all_or_nothing_imports_every_row_when_all_are_valid() {
        long before = firmCandidates();
        ImportTable table = csv("Ada,Lovelace,ada@example.com,,,,", "Bo,Lee,bo@example.com,,,,");

        ImportSummary done = finished(imports.start(table, imports.suggest(table), ImportMode.ALL_OR_NOTHING));

        assertThat(done.created()).isEqualTo(2);
        assertThat(firmCandidates()).isEqualTo(before + 2);
    }

    @Test
    void undo_removes_what_it_created_restores_what_it_updated_and_lists_what_changed_since() {
        CandidateDetails amara = candidates.create(TestCandidates.aCandidate().named("Amara", "Okafor")
                .withEmail("amara@example.com").withSkill("Triage").titled("Nurse", "NHS").draft());
        CandidateDetails ben = candidates.create(TestCandidates.aCandidate().named("Ben", "Stokes")
                .withEmail("ben@example.com").draft());
        long before = firmCandidates();
        ImportTable table = csv(
                "Amara,Okafor,amara@example.com,+44 7700 900333,Leeds Trust,Senior Nurse,Phlebotomy",
                "Ben,Stokes,ben@example.com,,Cricket Ltd,,",
                "Ada,Lovelace,ada@example.com,,,,",
                "Cy,Young,cy@example.com,,,,");
        ImportSummary done = finished(imports.start(table, imports.suggest(table), ImportMode.SKIP_INVALID));
        assertThat(done.created()).isEqualTo(2);
        assertThat(done.updated()).isEqualTo(2);
        CandidateDetails updated = candidates.get(amara.id());
        assertThat(updated.currentCompany()).isEqualTo("Leeds Trust");
        assertThat(updated.skills()).endsWith("Triage", "Phlebotomy");
        // someone changes Ben and Cy after the import
        CandidateDetails benNow = candidates.get(ben.id());
        candidates.update(ben.id(), benNow.version(), benNow.toDraft().toBuilder().location("Leeds").build());
        UUID cy = candidates.findByEmail("cy@example.com").getFirst().id();
        CandidateDetails cyNow = candidates.get(cy);
        candidates.update(cy, cyNow.version(), cyNow.toDraft().toBuilder().currentTitle("Pitcher").build());

        UndoneImport undone = imports.undo(done.id());

        assertThat(undone.removed()).isEqualTo(1);
        assertThat(undone.restored()).isEqualTo(1);
        assertThat(undone.changedSince()).containsExactlyInAnyOrder("Line 3: Ben Stokes", "Line 5: Cy Young");
        CandidateDetails restored = candidates.get(amara.id());
        assertThat(restored.toDraft().toBuilder().legalHold(null).build())
                .isEqualTo(amara.toDraft().toBuilder().legalHold(null).build());
        assertThat(candidates.findByEmail("ada@example.com")).isEmpty();
        assertThat(candidates.get(ben.id()).currentCompany()).isEqualTo("Cricket Ltd");
        assertThat(candidates.find(cy)).isPresent();
        assertThat(firmCandidates()).isEqualTo(before + 1);
        assertThat(imports.find(done.id()).orElseThrow().status()).isEqualTo(ImportSummary.Status.UNDONE);
        assertThatThrownBy(() -> imports.undo(done.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("undone already");
        List<String> audited = transactions.execute(status -> jdbc.queryForList(
                "select action from audit_events where tenant_id = ? order by occurred_at", String.class, firm.id()));
        assertThat(audited).contains("IMPORTED", "IMPORT_UNDONE");
    }

    @Test
    void undo_keeps_a_created_candidate_merged_into_another_since_and_lists_them() {
        CandidateDetails kept = candidates.create(TestCandidates.aCandidate().named("Ada", "Lovelace")
                .withEmail("ada.l@example.com").draft());
        ImportTable table = csv("Ada,Lovelace,ada@example.com,,,,");
        ImportSummary done = finished(imports.start(table, imports.suggest(table), ImportMode.SKIP_INVALID));
        CandidateDetails imported = candidates.get(candidates.findByEmail("ada@example.com").getFirst().id());
        merges.merge(kept.id(), kept.version(), imported.id(), imported.version(), java.util.Map.of());

        UndoneImport undone = imports.undo(done.id());

        assertThat(undone.removed()).isZero();
        assertThat(undone.changedSince()).containsExactly("Line 2: Ada Lovelace");
        assertThat(rowsOf("candidates where id = '" + imported.id() + "'")).isEqualTo(1);
        assertThat(merges.mergesOf(kept.id())).hasSize(1);
    }

    @Test
    void an_import_cannot_be_undone_after_the_undo_period() {
        ImportTable table = csv("Ada,Lovelace,ada@example.com,,,,");
        ImportSummary done = finished(imports.start(table, imports.suggest(table), ImportMode.SKIP_INVALID));

        clock.fixAt(done.undoUntil().plusSeconds(1));

        assertThatThrownBy(() -> imports.undo(done.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("can be undone for 30 days");
        assertThat(candidates.findByEmail("ada@example.com")).hasSize(1);
    }

    @Test
    void another_firms_candidates_are_never_matched_as_updates() {
        var other = TestFirms.aFirm("Other Firm").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        candidates.create(TestCandidates.aCandidate().named("Ada", "Elsewhere").withEmail("ada@example.com")
                .withPhone("+44 7700 900111").draft());
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        ImportTable table = csv("Ada,Lovelace,ada@example.com,+44 7700 900111,,,");

        DryRun dryRun = imports.dryRun(table, imports.suggest(table));

        assertThat(dryRun.rows()).extracting(RowCheck::outcome).containsExactly(RowCheck.Outcome.CREATE);
    }

    @Test
    void a_viewer_can_neither_read_nor_import_a_file() {
        var withViewer = TestFirms.aFirm("Viewing Firm").withMember(Role.VIEWER).create(accounts, organizations);
        ImportTable table = csv("Ada,Lovelace,ada@example.com,,,,");
        SignedIn.as(signIn, withViewer.member(Role.VIEWER));

        assertThatThrownBy(() -> imports.read("people.csv", TestSheets.csv(StandardCharsets.UTF_8, HEADER,
                "Ada,Lovelace,,,,,"), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.start(table, imports.suggest(table), ImportMode.SKIP_INVALID))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.recent(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_zip_bomb_and_an_oversized_file_are_refused_with_nothing_written() {
        long before = firmCandidates();

        assertThatThrownBy(() -> imports.read("bomb.xlsx", TestSheets.zipBomb(150), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> imports.read("big.csv", new byte[(int) imports.maxFileBytes() + 1], null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than 20 MB");

        assertThat(firmCandidates()).isEqualTo(before);
        assertThat(rowsOf("import_batches")).isZero();
    }

    @Test
    void a_saved_template_maps_another_file_with_the_same_headers() {
        ImportTable table = csv("Ada,Lovelace,ada@example.com,,,,");
        ColumnMapping chosen = imports.suggest(table).withField(6, ImportField.TAGS).withSeparator(";");

        imports.saveTemplate("Old CRM", table.headers(), chosen);
        ImportTemplate template = imports.templates().getFirst();

        assertThat(template.name()).isEqualTo("Old CRM");
        assertThat(imports.apply(template, List.of("Skills", "First Name", "Unknown")).fields())
                .containsExactly(ImportField.TAGS, ImportField.FIRST_NAME, ImportField.SKIP);
        assertThat(imports.apply(template, table.headers()).separator()).isEqualTo(";");
        assertThatThrownBy(() -> imports.saveTemplate(" ", table.headers(), chosen))
                .hasMessageContaining("Name the template");
    }

    @Test
    void a_similar_name_at_the_same_employer_is_a_possible_duplicate_in_the_dry_run_and_skipped_by_the_import() {
        CandidateDetails jonathan = candidates.create(TestCandidates.aCandidate().named("Jonathan", "Smith")
                .withEmail("jonathan@acme.example").titled("Engineer", "Acme").draft());
        long before = firmCandidates();
        ImportTable table = csv(
                "Jonathon,Smith,jon.smith@home.example,,Acme,Engineer,",
                "Jonathan,Smith,js@elsewhere.example,,Globex,Chef,",
                "Zed,Ward,zed@example.com,,Acme,Engineer,");

        DryRun dryRun = imports.dryRun(table, imports.suggest(table));

        assertThat(dryRun.rows()).extracting(RowCheck::outcome).containsExactly(RowCheck.Outcome.DUPLICATE,
                RowCheck.Outcome.CREATE, RowCheck.Outcome.CREATE);
        assertThat(dryRun.rows().getFirst().reason())
                .startsWith("Possible duplicate of Jonathan Smith (similar name (0.9")
                .contains("and same employer Acme, confidence 0.")
                .endsWith(")");
        assertThat(dryRun.duplicates()).isEqualTo(1);

        ImportSummary done = finished(imports.start(table, imports.suggest(table), ImportMode.SKIP_INVALID));

        assertThat(done.created()).isEqualTo(2);
        assertThat(done.skipped()).isEqualTo(1);
        assertThat(firmCandidates()).isEqualTo(before + 2);
        assertThat(candidates.findByEmail("jon.smith@home.example")).isEmpty();
        assertThat(candidates.get(jonathan.id()).emails()).containsExactly("jonathan@acme.example");
        String text = new String(imports.resultFile(done.id()).content(), StandardCharsets.UTF_8);
        assertThat(text).contains("skipped: Possible duplicate of Jonathan Smith (similar name");
    }

    @Test
    void all_or_nothing_imports_the_valid_rows_and_skips_a_possible_duplicate_rather_than_failing() {
        candidates.create(TestCandidates.aCandidate().named("Maria", "Lopez").titled("Accountant", "Acme")
                .locatedIn("Leeds").draft());
        long before = firmCandidates();
        ImportTable table = csv("Mariah,Lopez,mariah@example.com,,Acme,Controller,", "Bo,Lee,bo@example.com,,,,");

        ImportSummary done = finished(imports.start(table, imports.suggest(table), ImportMode.ALL_OR_NOTHING));

        assertThat(done.status()).isEqualTo(ImportSummary.Status.DONE);
        assertThat(done.created()).isEqualTo(1);
        assertThat(done.skipped()).isEqualTo(1);
        assertThat(firmCandidates()).isEqualTo(before + 1);
    }

    @Test
    void the_same_email_updates_the_candidate_even_when_another_has_a_similar_name() {
        CandidateDetails byEmail = candidates.create(TestCandidates.aCandidate().named("Amara", "Okafor")
                .withEmail("amara@example.com").draft());
        candidates.create(TestCandidates.aCandidate().named("Amarah", "Okafor").titled("Nurse", "NHS").draft());
        ImportTable table = csv("Amara,Okafor,amara@example.com,,NHS,Nurse,");

        DryRun dryRun = imports.dryRun(table, imports.suggest(table));

        assertThat(dryRun.rows()).extracting(RowCheck::outcome).containsExactly(RowCheck.Outcome.UPDATE);
        assertThat(dryRun.rows().getFirst().existing()).isEqualTo(byEmail.id());
    }

    @Test
    void another_firms_similar_names_are_never_possible_duplicates() {
        var other = TestFirms.aFirm("Similar Names Firm").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        candidates.create(TestCandidates.aCandidate().named("Jonathan", "Smith").titled("Engineer", "Acme").draft());
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        ImportTable table = csv("Jonathon,Smith,jon.smith@home.example,,Acme,Engineer,");

        DryRun dryRun = imports.dryRun(table, imports.suggest(table));

        assertThat(dryRun.rows()).extracting(RowCheck::outcome).containsExactly(RowCheck.Outcome.CREATE);
    }

    /** The suggestion the tests' header gets. */
    static final class ColumnMappingAssert {
        static void mapped(ColumnMapping mapping) {
            assertThat(mapping.fields()).containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME,
                    ImportField.EMAIL, ImportField.PHONE, ImportField.COMPANY, ImportField.TITLE, ImportField.SKILLS);
        }
    }
}
