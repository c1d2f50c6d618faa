package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.candidates.CandidateCursor;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateResults;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidate list's server side at the benchmark firm's size (issues 4 and 14): the grid's first page with its
 * count, a search-as-you-type round trip for each kind of condition, a page deep in the list through a cursor, and
 * the term indexes' size ({@link CandidateWritesBenchmark} measures what the index costs a write). Generates the firm if its database has none
 * ({@code -Dwecruit.bench.candidates=1000000} for a million). Results go to the console and
 * {@code target/benchmarks/workspace-<candidates>.md}.
 */
@IntegrationTest
@BenchmarkFirmDatabase
class WorkspaceBenchmark {

    static final int SAMPLES = 200;

    @Autowired BenchmarkFirm benchmarkFirm;
    @Autowired OrganizationService organizations;
    @Autowired CurrentTenant currentTenant;
    @Autowired CandidateService candidates;
    @Autowired JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_candidate_list_at_the_benchmark_firm() throws IOException {
        UUID firm = benchmarkFirm.ensure(report);
        currentTenant.callAs(firm, () -> {
            measure();
            measureIndexSize();
            return null;
        });
        Path file = Path.of("target/benchmarks/workspace-" + BenchmarkFirm.CANDIDATES + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private void measure() {
        long total = candidates.count();
        Timings first = new Timings(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            first.time(() -> roundTrip(CandidateQuery.ALL));
        }
        line("| first page of the candidate grid, with its count (\"%s candidates\") | %.1f / %.1f ms |",
                candidates.count(CandidateQuery.ALL).formatted(), first.medianMillis(), first.p95Millis());

        List<CandidateDetails> sample = benchmarkFirm.sampleIds(SAMPLES, 11).stream().map(candidates::get).toList();
        measureTyping("name prefix (\"joh smi\")", sample,
                c -> CandidateQuery.text(prefix(c.firstName()) + " " + prefix(c.lastName())));
        measureTyping("exact email", sample.stream().filter(c -> !c.emails().isEmpty()).toList(),
                c -> CandidateQuery.text(c.emails().getFirst()));
        measureTyping("a word of the title (\"accountant\")", sample.stream().filter(c -> c.currentTitle() != null)
                .toList(), c -> CandidateQuery.text(lastWord(c.currentTitle())));
        measureTyping("two words being typed (\"senior acc\")", sample.stream()
                .filter(c -> c.currentTitle() != null && c.currentTitle().contains(" ")).toList(),
                c -> CandidateQuery.text(twoWordsTyped(c.currentTitle())));
        measureTyping("skills filter, any of two", sample.stream().filter(c -> c.skills().size() >= 2).toList(),
                c -> CandidateQuery.ALL.withSkills(c.skills().subList(0, 2), false));
        measureTyping("skills filter, all of two", sample.stream().filter(c -> c.skills().size() >= 2).toList(),
                c -> CandidateQuery.ALL.withSkills(c.skills().subList(0, 2), true));
        measureTyping("location filter (the city)", sample.stream().filter(c -> c.location() != null).toList(),
                c -> CandidateQuery.ALL.withLocation(c.location().split(",")[0]));
        measureTyping("tag filter", sample.stream().filter(c -> !c.tags().isEmpty()).toList(),
                c -> CandidateQuery.ALL.withTags(List.of(c.tags().getFirst())));
        measureTyping("a title word and a skill and the city together", sample.stream()
                .filter(c -> c.currentTitle() != null && !c.skills().isEmpty() && c.location() != null).toList(),
                c -> CandidateQuery.text(lastWord(c.currentTitle())).withSkills(List.of(c.skills().getFirst()), true)
                        .withLocation(c.location().split(",")[0]));

        measureDeepPages(sample, CandidateSort.Order.DEFAULT, "last activity, newest first");
        measureDeepPages(sample, new CandidateSort.Order(CandidateSort.TITLE, false), "title, Z to A");
        Timings byOffset = new Timings(20);
        var random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 20; i++) {
            int offset = random.nextInt((int) total);
            byOffset.time(() -> candidates.search(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, offset, 50));
        }
        line("| (for comparison) a page anywhere by offset, no cursor (20 samples) | %.1f / %.1f ms |",
                byOffset.medianMillis(), byOffset.p95Millis());
    }

    private void measureTyping(String what, List<CandidateDetails> sample,
            Function<CandidateDetails, CandidateQuery> query) {
        Timings timings = new Timings(sample.size());
        long found = 0;
        for (CandidateDetails candidate : sample) {
            CandidateQuery typed = query.apply(candidate);
            long[] count = new long[1];
            long started = System.nanoTime();
            timings.time(() -> count[0] = roundTrip(typed));
            if (System.nanoTime() - started > 300_000_000L) {
                System.out.println("SLOW " + what + ": " + typed + " / " + candidate.fullName());
            }
            found += count[0] > 0 ? 1 : 0;
            if (count[0] == 0) {
                System.out.println("MISS " + what + ": " + typed + " / " + candidate.fullName());
            }
        }
        assertThat(found).as(what + " finds the candidate it came from").isEqualTo(sample.size());
        line("| search-as-you-type: %s (%d samples) | %.1f / %.1f ms |", what, sample.size(), timings.medianMillis(),
                timings.p95Millis());
    }

    /** A page of 50 that starts right after a candidate anywhere in the list, as scrolling far down reaches it. */
    private void measureDeepPages(List<CandidateDetails> sample, CandidateSort.Order order, String shown) {
        Timings timings = new Timings(sample.size());
        for (CandidateDetails candidate : sample) {
            CandidateSummary row = candidates.summaries(List.of(candidate.id())).get(candidate.id());
            CandidateCursor cursor = CandidateCursor.after(row, order.by());
            timings.time(() -> candidates.search(CandidateQuery.ALL, order, cursor, 0, 50));
        }
        line("| a page deep in the grid through its cursor, %s (%d samples anywhere) | %.1f / %.1f ms |", shown,
                sample.size(), timings.medianMillis(), timings.p95Millis());
    }

    /** What the list asks for after a change of the query: the count and the first rows, planned once. */
    private long roundTrip(CandidateQuery query) {
        CandidateResults found = candidates.first(query, CandidateSort.Order.DEFAULT, 50);
        return Math.max(found.count().value(), found.firstRows().size());
    }

    /** The tables' whole size over the firm's candidates: the benchmark database holds little else. */
    private void measureIndexSize() {
        long rows = candidates.count();
        for (String table : List.of("candidate_profile_terms", "candidate_search_terms", "candidates")) {
            long bytes = jdbc.queryForObject("select pg_total_relation_size(?::regclass)", Long.class, table);
            line("| size per candidate: %s (table and indexes) | %,.0f bytes |", table, (double) bytes / rows);
        }
    }

    /** The first three letters of the name's longest word, as a recruiter types "o'brien" ("bri"). */
    private static String prefix(String name) {
        String word = Arrays.stream(name.split("[^\\p{L}]+"))
                .max(Comparator.comparingInt(String::length)).orElse(name);
        return word.substring(0, Math.min(3, word.length()));
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /** The first word of the title and the first three letters of the second, as someone still typing. */
    private static String twoWordsTyped(String title) {
        String[] words = title.strip().split("\\s+");
        return words[0] + " " + words[1].substring(0, Math.min(3, words[1].length()));
    }

    private void line(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        report.add(line);
    }
}
