package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DuplicateCandidates;
import dev.wecruit.candidates.DuplicateScanPage;
import dev.wecruit.platform.crypto.BlindIndex;
import dev.wecruit.tenancy.CurrentTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired BlindIndex blindIndex;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    /**
     * EXPLAIN ANALYZE of the name-prefix pair lookup for 1,000 drafts, as it was (the pairs joined in SQL, each
     * candidate with the last-name term probed for the first-name term) and as it is (who has each distinct term,
     * read once; the pairs are intersected in Java): the plans' summary lines.
     */
    private List<String> explained(List<CandidateDraft> drafts) {
        List<UUID> firstTerms = new ArrayList<>();
        List<UUID> lastTerms = new ArrayList<>();
        List<Integer> probes = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            List<UUID> first = blindIndex.nameQueryTerms(prefix(drafts.get(i).firstName()));
            List<UUID> last = blindIndex.nameQueryTerms(prefix(drafts.get(i).lastName()));
            if (!first.isEmpty() && !last.isEmpty()) {
                firstTerms.add(first.getFirst());
                lastTerms.add(last.getFirst());
                probes.add(i);
            }
        }
        Set<UUID> distinct = new HashSet<>(firstTerms);
        distinct.addAll(lastTerms);
        List<String> lines = new ArrayList<>();
        lines.add("EXPLAIN ANALYZE, " + probes.size() + " drafts' name-prefix pairs joined in SQL (before):");
        lines.addAll(transactions.execute(status -> jdbc.queryForList("""
                explain (analyze, buffers, summary)
                select d.probe, l.candidate_id
                  from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as int[])) as d(first_term, last_term, probe)
                  join candidate_search_terms l on l.term = d.last_term
                  join candidate_search_terms f on f.candidate_id = l.candidate_id and f.term = d.first_term
                """, String.class, firstTerms.toArray(UUID[]::new), lastTerms.toArray(UUID[]::new),
                probes.toArray(Integer[]::new))));
        lines.add("EXPLAIN ANALYZE, who has each of their " + distinct.size() + " distinct terms (after):");
        lines.addAll(transactions.execute(status -> jdbc.queryForList("""
                explain (analyze, buffers, summary)
                select t.term, t.candidate_id
                  from unnest(cast(? as uuid[])) as d(term)
                  join candidate_search_terms t on t.term = d.term
                """, String.class, (Object) distinct.toArray(UUID[]::new))));
        lines.forEach(System.out::println);
        return lines;
    }

    private static String prefix(String name) {
        String token = name == null ? "" : name.strip().split("[^\\p{L}\\p{N}]+")[0];
        return token.substring(0, Math.min(3, token.length()));
    }

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
            report.addAll(explained(drafts.subList(0, 1_000)));
            return null;
        });
        report.forEach(System.out::println);
        Path file = Path.of("target/benchmarks/duplicates.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }
}
