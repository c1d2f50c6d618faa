package dev.wecruit.candidates;

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
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** A candidate list exported: the rows and order the list shows, who may have contact details, and the records kept. */
@IntegrationTest
class CandidateExportIT {

    private static final CandidateSort.Order BY_TITLE = new CandidateSort.Order(CandidateSort.TITLE, true);

    @Autowired CandidateService candidates;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired AuditLog audit;

    TestFirms.CreatedFirm firm;
    UUID recruiterId;

    @BeforeEach
    void aFirmWithThreeCandidates() {
        firm = TestFirms.aFirm("Export Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        recruiterId = organizations.members().stream().filter(member -> member.role() == Role.RECRUITER)
                .findFirst().orElseThrow().id();
        candidates.create(aCandidate().named("Ada", "Lovelace").titled("Analyst", "Babbage & Co").locatedIn("London")
                .withSkill("Maths").withSkill("Sage").withSkill("Excel").withSkill("Poetry").withTag("Shortlist")
                .withEmail("ada@example.com").withPhone("+44 20 7946 0958").ownedBy(recruiterId).draft());
        candidates.create(aCandidate().named("Ben", "Okri").titled("Writer", "Self").locatedIn("Leeds")
                .withSkill("Sage").withEmail("ben@example.com").draft());
        candidates.create(aCandidate().named("Cy", "Twombly").titled("Painter", "Studio").locatedIn("Leeds")
                .withSkill("Oils").draft());
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void an_exported_xlsx_read_back_by_poi_gives_the_rows_the_list_shows_in_its_order_and_filters() throws IOException {
        CandidateQuery sage = CandidateQuery.ALL.withSkills(List.of("sage"), true);

        byte[] file = export(sage, BY_TITLE, Set.of(), SheetFormat.XLSX);

        List<List<String>> rows = xlsx(file);
        assertThat(rows).containsExactly(
                CandidateService.EXPORT_COLUMNS,
                List.of("Ada Lovelace", "Analyst", "Babbage & Co", "London", "IFRS, Month-end close, Maths",
                        name(Role.RECRUITER), "Shortlist", ""),
                List.of("Ben Okri", "Writer", "Self", "Leeds", "IFRS, Month-end close, Sage", "", "", ""));
    }

    @Test
    void an_exported_csv_read_back_by_commons_csv_gives_the_same_rows_with_the_extras_chosen() throws IOException {
        CandidateQuery leeds = CandidateQuery.ALL.withLocation("leeds");
        CandidateSort.Order byTitleDescending = new CandidateSort.Order(CandidateSort.TITLE, false);

        byte[] file = export(leeds, byTitleDescending, EnumSet.of(CandidateExportField.EMAIL,
                CandidateExportField.ALL_SKILLS, CandidateExportField.CREATED), SheetFormat.CSV);

        List<List<String>> rows = csv(file);
        List<String> header = new ArrayList<>(CandidateService.EXPORT_COLUMNS);
        header.addAll(List.of("Email", "All skills", "Created"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(rows).containsExactly(header,
                List.of("Ben Okri", "Writer", "Self", "Leeds", "IFRS, Month-end close, Sage", "", "", "",
                        "ben@example.com", "IFRS, Month-end close, Sage", today),
                List.of("Cy Twombly", "Painter", "Studio", "Leeds", "IFRS, Month-end close, Oils", "", "", "", "",
                        "IFRS, Month-end close, Oils", today));
    }

    @Test
    void formula_cells_are_neutralised_in_a_real_export() throws IOException {
        candidates.create(aCandidate().named("Eve", "Mallory").titled("=HYPERLINK(\"http://evil.example\",\"Hi\")",
                "+cmd|' /C calc'!A0").withTag("@SUM(A1:A9)").locatedIn("-2+3+cmd|' /C calc'!A0").draft());
        CandidateQuery eve = CandidateQuery.text("Eve");

        List<String> xlsxRow = xlsx(export(eve, BY_TITLE, Set.of(), SheetFormat.XLSX)).get(1);
        List<String> csvRow = csv(export(eve, BY_TITLE, Set.of(), SheetFormat.CSV)).get(1);

        for (List<String> row : List.of(xlsxRow, csvRow)) {
            assertThat(row.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Hi\")");
            assertThat(row.get(2)).isEqualTo("'+cmd|' /C calc'!A0");
            assertThat(row.get(3)).isEqualTo("'-2+3+cmd|' /C calc'!A0");
            assertThat(row.get(6)).isEqualTo("'@SUM(A1:A9)");
        }
    }

    @Test
    void a_viewers_export_has_no_contact_columns_unless_the_firm_allows_it() throws IOException {
        Set<CandidateExportField> contacts = EnumSet.of(CandidateExportField.EMAIL, CandidateExportField.PHONE,
                CandidateExportField.SOURCE);
        CandidateQuery ada = CandidateQuery.text("Ada");
        SignedIn.as(signIn, firm.member(Role.VIEWER));

        List<List<String>> withheld = csv(export(ada, BY_TITLE, contacts, SheetFormat.CSV));
        assertThat(withheld.getFirst()).endsWith("Last activity", "Source").doesNotContain("Email", "Phone");
        assertThat(String.join(",", withheld.get(1))).doesNotContain("ada@example.com", "7946");

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        organizations.changeProfile(organizations.profile().withViewersExportContacts(true));
        assertThat(audit.entries(new AuditQuery(Set.of(AuditAction.SETTINGS_CHANGED), null, null, null),
                Pageable.unpaged())).singleElement().extracting(AuditEntry::detail).asString()
                .contains("viewers may export contact details");
        SignedIn.as(signIn, firm.member(Role.VIEWER));

        List<List<String>> allowed = csv(export(ada, BY_TITLE, contacts, SheetFormat.CSV));
        assertThat(allowed.getFirst()).endsWith("Last activity", "Email", "Phone", "Source");
        assertThat(allowed.get(1)).endsWith("ada@example.com", "+442079460958", "LinkedIn");
    }

    @Test
    void an_export_is_audited_with_the_list_its_row_count_and_columns() {
        export(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, Set.of(CandidateExportField.PHONE), SheetFormat.XLSX);

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        List<AuditEntry> entries = audit.entries(new AuditQuery(Set.of(AuditAction.EXPORTED), null, null, null),
                Pageable.unpaged());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).contains(name(Role.RECRUITER));
            assertThat(entry.subject()).isEqualTo("Candidates list");
            assertThat(entry.detail()).startsWith("3 rows as XLSX").contains("Name", "Phone");
        });
    }

    @Test
    void the_access_log_records_the_export_of_contact_details_and_only_of_them() {
        export(CandidateQuery.text("Ben"), BY_TITLE, Set.of(), SheetFormat.CSV);
        UUID ben = candidates.search(CandidateQuery.text("Ben"), BY_TITLE, 0, 1).getFirst().id();
        assertThat(candidates.accessLogOf(ben)).as("no contact column, nothing seen").isEmpty();

        export(CandidateQuery.text("Ben"), BY_TITLE, Set.of(CandidateExportField.EMAIL), SheetFormat.CSV);

        assertThat(candidates.accessLogOf(ben)).singleElement().satisfies(entry -> {
            assertThat(entry.channel()).isEqualTo(AccessChannel.EXPORT);
            assertThat(entry.who()).isEqualTo(name(Role.RECRUITER));
            assertThat(entry.times()).isEqualTo(1);
        });
    }

    @Test
    void another_firms_candidates_are_never_exported() throws IOException {
        var other = TestFirms.aFirm("Other Exports").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        candidates.create(aCandidate().named("Dora", "Theirs").withSkill("Sage").draft());

        List<List<String>> theirs = csv(export(CandidateQuery.ALL, BY_TITLE, Set.of(), SheetFormat.CSV));
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        List<List<String>> ours = csv(export(CandidateQuery.ALL, BY_TITLE, Set.of(), SheetFormat.CSV));

        assertThat(theirs).extracting(row -> row.getFirst()).containsExactly("Name", "Dora Theirs");
        assertThat(ours).extracting(row -> row.getFirst())
                .containsExactly("Name", "Ada Lovelace", "Cy Twombly", "Ben Okri");
    }

    @Test
    void a_list_longer_than_a_page_is_exported_whole_once_each_in_its_order() throws IOException {
        int many = CandidateService.EXPORT_PAGE * 2 + 7;
        candidates.createAll(IntStream.range(0, many).mapToObj(i -> aCandidate().named("Many", "Row" + i)
                .titled(String.format("Title %04d", i), "Bulk").withTag("bulk").draft()).toList());

        List<List<String>> rows = csv(export(CandidateQuery.ALL.withTags(List.of("bulk")), BY_TITLE, Set.of(),
                SheetFormat.CSV));

        assertThat(rows).hasSize(many + 1);
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1))
                .containsExactlyElementsOf(IntStream.range(0, many).mapToObj(i -> String.format("Title %04d", i))
                        .toList());
    }

    private byte[] export(CandidateQuery query, CandidateSort.Order order, Set<CandidateExportField> extras,
            SheetFormat format) {
        var out = new ByteArrayOutputStream();
        candidates.export(query, order, extras, format, out, ZoneOffset.UTC);
        return out.toByteArray();
    }

    private String name(Role role) {
        return organizations.memberNames().get(organizations.members().stream()
                .filter(member -> member.role() == role).findFirst().orElseThrow().id());
    }

    static List<List<String>> xlsx(byte[] file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int width = sheet.getRow(0).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    var cell = row.getCell(i);
                    assertThat(cell == null || cell.getCellType() != CellType.FORMULA).isTrue();
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    static List<List<String>> csv(byte[] file) throws IOException {
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().stream().map(CSVRecord::toList).toList();
    }
}
