package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.DryRun;
import dev.wecruit.imports.ImportMode;
import dev.wecruit.imports.ImportService;
import dev.wecruit.imports.ImportSummary;
import dev.wecruit.imports.ImportTable;
import dev.wecruit.imports.StartedImport;
import dev.wecruit.imports.UndoneImport;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import of 10,000 candidate rows from an XLSX into the benchmark firm (100,000 candidates, {@link BenchmarkFirm}),
 * as an admin: the dry run (read, map, check every row, duplicates included), then the import itself (read, check
 * again, write as background work) until it is done, then its undo, which leaves the kept firm as it was. Of the rows,
 * 1,000 carry the email of a stored candidate (updates), 500 a stored candidate's name with a slip in the first
 * name and their employer and location but a new email (possible duplicates by name), 100 an invalid email, the rest
 * are new people with made-up names. Heap is read after a GC before and after, and the heap pools' peak during. Results go to the console and
 * {@code target/benchmarks/import-<candidates>.md}.
 */
@IntegrationTest
@BenchmarkFirmDatabase
class ImportBenchmark {

    static final int ROWS = 10_000;
    static final int UPDATES = 1_000;
    static final int INVALID = 100;
    static final int NEAR_COPIES = 500;

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "to", "vel", "dru", "an", "is", "or",
        "bel", "cor", "dan", "el", "fi", "gar", "hal", "ir", "jas", "kel", "lin", "mor", "nel", "os", "pra", "quin",
        "ros", "sul", "tam", "ul", "vin", "wen", "xa", "yor", "zed"};
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Stark Industries",
        "Wayne Enterprises", "Hooli", "Pied Piper", "Vandelay", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Oscorp",
        "Massive Dynamic", "Aperture", "Black Mesa", "Gringotts", "Monsters Inc", "Dunder Mifflin"};
    private static final String[] LOCATIONS = {"London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Glasgow",
        "Cardiff", "Birmingham", "Berlin", "Paris", "Amsterdam", "Dublin"};
    private static final String[] SKILLS = {"Java", "Kotlin", "SQL", "Accounting", "Sales", "Nursing", "Python",
        "Project management", "Recruiting", "Marketing"};

    @Autowired BenchmarkFirm benchmarkFirm;
    @Autowired CurrentTenant currentTenant;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;
    @Autowired ImportService imports;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_dry_run_and_the_import_of_10000_rows_from_xlsx() throws IOException {
        UUID firm = benchmarkFirm.ensure(report);
        UUID admin = currentTenant.callAs(firm, () -> organizations.members().stream()
                .filter(member -> member.role() == Role.ADMIN).findFirst().orElseThrow().id());
        List<String> storedEmails = currentTenant.callAs(firm, admin, () -> benchmarkFirm.sampleIds(UPDATES * 2, 7)
                .stream().map(id -> candidates.get(id).emails()).filter(emails -> !emails.isEmpty())
                .map(List::getFirst).distinct().limit(UPDATES).toList());
        // people the firm has, typed again with a slip in the first name, the same employer and a new email
        List<String[]> nearCopies = currentTenant.callAs(firm, admin, () -> benchmarkFirm.sampleIds(NEAR_COPIES * 2, 11)
                .stream().map(candidates::get).filter(c -> c.currentCompany() != null && c.firstName().length() > 2)
                .limit(NEAR_COPIES).map(c -> new String[] {c.firstName() + c.firstName().charAt(c.firstName().length()
                        - 1), c.lastName(), c.currentCompany(), c.location()}).toList());
        byte[] file = workbook(storedEmails, nearCopies);
        long candidatesBefore = currentTenant.callAs(firm, admin, () -> candidates.count());
        line(String.format(Locale.ROOT, "File: %,d rows, %.1f MB XLSX (%,d with a stored candidate's email, %,d"
                + " with a stored candidate's name slightly mistyped and employer, %,d with an invalid email); the firm"
                + " holds %,d candidates", ROWS, file.length / 1e6, storedEmails.size(), nearCopies.size(), INVALID,
                candidatesBefore));
        line("| measure | target | time | rows | heap after GC before → after | peak heap during |");
        line("|---|---|---|---|---|---|");

        long heapBefore = heapAfterGc();
        resetPeaks();
        long started = System.nanoTime();
        DryRun dryRun = currentTenant.callAs(firm, admin, () -> {
            ImportTable table = imports.read("candidates.xlsx", file, null);
            return imports.dryRun(table, imports.suggest(table));
        });
        double dryRunSeconds = (System.nanoTime() - started) / 1e9;
        long dryRunPeak = peakHeap();
        long heapAfterDryRun = heapAfterGc();
        line(String.format(Locale.ROOT, "| dry run (read, map, check %,d rows) | ≤ 15 s | %.1f s | %,d to create,"
                + " %,d to update, %,d duplicates, %,d invalid | %d → %d MB | %d MB |", ROWS, dryRunSeconds,
                dryRun.toCreate(), dryRun.toUpdate(), dryRun.duplicates(), dryRun.invalid(), heapBefore >> 20,
                heapAfterDryRun >> 20, dryRunPeak >> 20));
        long byName = dryRun.rows().stream().filter(row -> row.reason() != null
                && row.reason().startsWith("Possible duplicate of")).count();
        long ofSeveral = dryRun.rows().stream().filter(row -> row.reason() != null
                && row.reason().startsWith("Matches ")).count();
        line(String.format(Locale.ROOT, "Duplicates: %,d possible duplicates by a similar name, %,d matching several"
                + " candidates by email or phone, %,d of an earlier row", byName, ofSeveral,
                dryRun.duplicates() - byName - ofSeveral));
        assertThat(dryRun.toUpdate()).as("rows with a stored candidate's email").isPositive();
        assertThat(dryRun.invalid()).isGreaterThanOrEqualTo(INVALID);

        resetPeaks();
        started = System.nanoTime();
        StartedImport running = currentTenant.callAs(firm, admin, () -> {
            ImportTable table = imports.read("candidates.xlsx", file, null);
            ColumnMapping mapping = imports.suggest(table);
            return imports.start(table, mapping, ImportMode.SKIP_INVALID);
        });
        double startSeconds = (System.nanoTime() - started) / 1e9;
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> currentTenant
                .callAs(firm, admin, () -> imports.find(running.batchId()).orElseThrow().status())
                != ImportSummary.Status.RUNNING);
        double importSeconds = (System.nanoTime() - started) / 1e9;
        long importPeak = peakHeap();
        long heapAfterImport = heapAfterGc();
        ImportSummary done = currentTenant.callAs(firm, admin, () -> imports.find(running.batchId()).orElseThrow());
        line(String.format(Locale.ROOT, "| import (read, check, start: %.1f s; then written as background work) |"
                + " ≤ 60 s, heap growth ≤ 256 MB | %.1f s | %,d created, %,d updated, %,d skipped | %d → %d MB |"
                + " %d MB |", startSeconds, importSeconds, done.created(), done.updated(), done.skipped(),
                heapAfterDryRun >> 20, heapAfterImport >> 20, importPeak >> 20));
        assertThat(done.status()).isEqualTo(ImportSummary.Status.DONE);
        assertThat(done.created() + done.updated() + done.skipped()).isEqualTo(ROWS);

        started = System.nanoTime();
        UndoneImport undone = currentTenant.callAs(firm, admin, () -> imports.undo(running.batchId()));
        double undoSeconds = (System.nanoTime() - started) / 1e9;
        line(String.format(Locale.ROOT, "| undo of that import | (no target) | %.1f s | %,d removed, %,d restored,"
                + " %,d changed since | | |", undoSeconds, undone.removed(), undone.restored(),
                undone.changedSince().size()));
        long candidatesAfter = currentTenant.callAs(firm, admin, () -> candidates.count());
        assertThat(candidatesAfter).isEqualTo(candidatesBefore);

        Path out = Path.of("target/benchmarks/import-" + BenchmarkFirm.CANDIDATES + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** The file: a header the suggestion maps, then the rows, in a seeded order. */
    private static byte[] workbook(List<String> storedEmails, List<String[]> nearCopies) throws IOException {
        Random random = new Random(19);
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Candidates");
            String[] header = {"First Name", "Last Name", "Email", "Mobile", "Company", "Job Title", "Location",
                "Skills"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                String email;
                if (i % 10 == 3 && i / 10 < storedEmails.size()) {
                    email = storedEmails.get(i / 10);
                } else if (i % 100 == 7) {
                    email = "not-an-email-" + i;
                } else {
                    email = "import" + i + "@bench.example";
                }
                String[] cells = {name(random, 2), name(random, 3), email,
                    String.format(Locale.ROOT, "+44 7700 %06d", 100_000 + i), pick(random, COMPANIES),
                    "Consultant", pick(random, LOCATIONS), pick(random, SKILLS) + ", " + pick(random, SKILLS)};
                if (i % 10 == 5 && i / 10 < nearCopies.size()) {
                    String[] near = nearCopies.get(i / 10);
                    cells[0] = near[0];
                    cells[1] = near[1];
                    cells[4] = near[2];
                    cells[6] = near[3] == null ? "" : near[3];
                }
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String name(Random random, int syllables) {
        var name = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            name.append(pick(random, SYLLABLES));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void line(String line) {
        System.out.println(line);
        report.add(line);
    }
}
