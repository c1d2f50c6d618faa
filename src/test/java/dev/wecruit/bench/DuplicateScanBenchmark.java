package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DuplicateCandidates;
import dev.wecruit.candidates.DuplicateScanPage;
import dev.wecruit.tenancy.CurrentTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Duplicate detection on the benchmark firm (100,000 candidates, {@link BenchmarkFirm}): the whole firm-wide scan in
 * stretches of 1,000, one new candidate's check as the form makes it, and an import's batch of 10,000 drafts (the
 * firm's own candidates again, so every draft finds at least itself by email or name). Results go to the console and
 * {@code target/benchmarks/duplicates.md}.
 */
@IntegrationTest
@BenchmarkFirmDatabase
class DuplicateScanBenchmark {

    static final int STRETCH = 1_000;
    static final int SINGLE_CHECKS = 200;
    static final int BATCH = 10_000;

    @Autowired BenchmarkFirm benchmarkFirm;
    @Autowired CurrentTenant currentTenant;
    @Autowired CandidateService candidates;
    @Autowired DuplicateCandidates duplicates;

    @Test
    void measures_the_firm_wide_scan_a_single_check_and_a_batch() throws IOException {
        List<String> report = new ArrayList<>();
        UUID firm = benchmarkFirm.ensure(report);
        currentTenant.callAs(firm, () -> {
            long started = System.nanoTime();
            UUID after = null;
            int scanned = 0;
            int pairs = 0;
            int stretches = 0;
            long slowest = 0;
            DuplicateScanPage page;
            do {
                long stretchStarted = System.nanoTime();
                page = duplicates.scan(after, STRETCH);
                slowest = Math.max(slowest, System.nanoTime() - stretchStarted);
                after = page.lastId();
                scanned += page.scanned();
                pairs += page.pairs().size();
                stretches++;
            } while (!page.done());
            double seconds = (System.nanoTime() - started) / 1e9;
            report.add(String.format(Locale.ROOT, "Firm-wide scan: %,d candidates in %.1f s (%,.0f a second), %,d"
                    + " stretches of %,d, slowest stretch %.0f ms, %,d pairs found", scanned, seconds,
                    scanned / seconds, stretches, STRETCH, slowest / 1e6, pairs));

            List<UUID> ids = candidates.allIds();
            List<CandidateDraft> drafts = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                CandidateDetails candidate = candidates.get(ids.get((int) ((long) i * ids.size() / BATCH)));
                drafts.add(candidate.toDraft());
            }
            for (int i = 0; i < 20; i++) {
                duplicates.possibleDuplicatesOf(drafts.get(i)); // warm-up
            }
            long[] singles = new long[SINGLE_CHECKS];
            for (int i = 0; i < SINGLE_CHECKS; i++) {
                long one = System.nanoTime();
                duplicates.possibleDuplicatesOf(drafts.get(BATCH - 1 - i));
                singles[i] = System.nanoTime() - one;
            }
            Arrays.sort(singles);
            report.add(String.format(Locale.ROOT, "One new candidate's check (the form's warning), %d drafts:"
                    + " p50 %.1f ms, p95 %.1f ms", SINGLE_CHECKS, singles[SINGLE_CHECKS / 2] / 1e6,
                    singles[SINGLE_CHECKS * 95 / 100] / 1e6));

            long batchStarted = System.nanoTime();
            List<List<dev.wecruit.candidates.PossibleDuplicate>> found = duplicates.possibleDuplicatesOfAll(drafts);
            double batchSeconds = (System.nanoTime() - batchStarted) / 1e9;
            long withAny = found.stream().filter(list -> !list.isEmpty()).count();
            report.add(String.format(Locale.ROOT, "An import's batch of %,d drafts: %.1f s, %,d of them with a"
                    + " possible duplicate", BATCH, batchSeconds, withAny));
            assertThat(withAny).as("the drafts are copies of stored candidates").isPositive();
            return null;
        });
        report.forEach(System.out::println);
        Path file = Path.of("target/benchmarks/duplicates.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }
}
