package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateQuery;
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
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The candidate list's server side at the benchmark firm's size (issue 4): the grid's first page (one page of 50 and
 * the count, as the grid asks for them), and a search-as-you-type round trip for each kind of text a recruiter
 * types, plus the skill and location filters. Uses the firm {@link DataCoreBenchmark} generates (run that first, or
 * in the same {@code ./mvnw -Pbench verify}). Results go to the console and {@code target/benchmarks/workspace.md}.
 */
@IntegrationTest
@BenchmarkFirmDatabase
class WorkspaceBenchmark {

    static final int SAMPLES = 200;

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CurrentTenant currentTenant;
    @Autowired CandidateService candidates;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_candidate_list_at_the_benchmark_firm() throws IOException {
        UUID account = accounts.findOrCreateAccount("bench@wecruit.example", "Bench Admin", "bench-password-1");
        var memberships = organizations.membershipsOfAccount(account);
        assertThat(memberships).as("run DataCoreBenchmark first: it generates the firm").isNotEmpty();
        currentTenant.callAs(memberships.getFirst().tenantId(), () -> {
            measure();
            return null;
        });
        Path file = Path.of("target/benchmarks/workspace.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private void measure() {
        long total = candidates.count();
        Timings first = new Timings(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            first.time(() -> roundTrip(CandidateQuery.ALL));
        }
        line("| first page of the candidate grid at %,d candidates (page of 50 + count; p50 / p95 of %d) | ≤ 150 ms | %.1f / %.1f ms |",
                total, SAMPLES, first.medianMillis(), first.p95Millis());

        List<CandidateDetails> sample = sample(total);
        measureTyping("name prefix (\"joh smi\")", sample,
                c -> CandidateQuery.text(prefix(c.firstName()) + " " + prefix(c.lastName())));
        measureTyping("exact email", sample.stream().filter(c -> !c.emails().isEmpty()).toList(),
                c -> CandidateQuery.text(c.emails().getFirst()));
        measureTyping("a word of the title (\"accountant\")", sample.stream().filter(c -> c.currentTitle() != null)
                .toList(), c -> CandidateQuery.text(lastWord(c.currentTitle())));
        measureTyping("skills filter, any of two", sample.stream().filter(c -> c.skills().size() >= 2).toList(),
                c -> CandidateQuery.ALL.withSkills(c.skills().subList(0, 2), false));
        measureTyping("location filter", sample.stream().filter(c -> c.location() != null).toList(),
                c -> CandidateQuery.ALL.withLocation(c.location()));
    }

    private void measureTyping(String what, List<CandidateDetails> sample,
            Function<CandidateDetails, CandidateQuery> query) {
        Timings timings = new Timings(sample.size());
        long found = 0;
        for (CandidateDetails candidate : sample) {
            CandidateQuery typed = query.apply(candidate);
            long[] count = new long[1];
            timings.time(() -> count[0] = roundTrip(typed));
            found += count[0] > 0 ? 1 : 0;
            if (count[0] == 0) {
                System.out.println("MISS " + what + ": " + typed.text() + " / " + candidate.fullName());
            }
        }
        assertThat(found).as(what + " finds the candidate it came from").isEqualTo(sample.size());
        line("| search-as-you-type, server side: %s (p50 / p95 of %d) | ≤ 200 ms p95 | %.1f / %.1f ms |", what,
                sample.size(), timings.medianMillis(), timings.p95Millis());
    }

    /** What the grid asks for after a change of the query: the count, then the first page. */
    private long roundTrip(CandidateQuery query) {
        long count = candidates.count(query).value();
        List<CandidateSummary> page = candidates.search(query, CandidateSort.Order.DEFAULT, 0, 50);
        return Math.max(count, page.size());
    }

    private List<CandidateDetails> sample(long total) {
        SplittableRandom random = new SplittableRandom(11);
        List<CandidateDetails> sample = new ArrayList<>();
        while (sample.size() < SAMPLES) {
            int offset = random.nextInt((int) total);
            candidates.search(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, offset, 1).stream().findFirst()
                    .map(summary -> candidates.get(summary.id())).ifPresent(sample::add);
        }
        return sample;
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

    private void line(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        report.add(line);
    }
}
