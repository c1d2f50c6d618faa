package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateExportField;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The candidate list's export (issue 19), measured at the benchmark firm: every candidate to XLSX and to CSV, the
 * list's columns plus email, phone, all skills, source and created, as an admin. Heap is read after a GC before and
 * after, and the heap pools' peak during the export. Results go to the console and
 * {@code target/benchmarks/export-<candidates>.md}.
 */
@IntegrationTest
@BenchmarkFirmDatabase
class ExportBenchmark {

    private static final Set<CandidateExportField> EXTRAS = EnumSet.of(CandidateExportField.EMAIL,
            CandidateExportField.PHONE, CandidateExportField.ALL_SKILLS, CandidateExportField.SOURCE,
            CandidateExportField.CREATED);

    @Autowired BenchmarkFirm benchmarkFirm;
    @Autowired CurrentTenant currentTenant;
    @Autowired OrganizationService organizations;
    @Autowired CandidateService candidates;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_export_of_every_candidate_of_the_benchmark_firm() throws IOException {
        UUID firm = benchmarkFirm.ensure(report);
        UUID admin = currentTenant.callAs(firm, () -> organizations.members().stream()
                .filter(member -> member.role() == Role.ADMIN).findFirst().orElseThrow().id());
        line("| measure (" + String.format(Locale.ROOT, "%,d", BenchmarkFirm.CANDIDATES) + " candidates) | target "
                + "| time | file | heap after GC before → after | peak heap during |");
        line("|---|---|---|---|---|---|");
        for (SheetFormat format : List.of(SheetFormat.XLSX, SheetFormat.CSV)) {
            measure(firm, admin, format);
        }
        Path file = Path.of("target/benchmarks/export-" + BenchmarkFirm.CANDIDATES + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private void measure(UUID firm, UUID admin, SheetFormat format) {
        long before = heapAfterGc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var out = new CountingStream();
        long started = System.nanoTime();
        int rows = currentTenant.callAs(firm, admin, () -> candidates.export(CandidateQuery.ALL,
                CandidateSort.Order.DEFAULT, EXTRAS, format, out, ZoneOffset.UTC));
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        long after = heapAfterGc();
        assertThat(rows).isEqualTo(BenchmarkFirm.CANDIDATES);
        line(String.format(Locale.ROOT, "| export to %s, 13 columns | %s | %.1f s | %.1f MB | %d → %d MB | %d MB |",
                format, format == SheetFormat.XLSX ? "≤ 30 s, flat memory" : "measured", seconds,
                out.bytes / 1e6, before >> 20, after >> 20, peak >> 20));
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

    /** Where the file goes: counted, not kept, as a download's response would send it on. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
