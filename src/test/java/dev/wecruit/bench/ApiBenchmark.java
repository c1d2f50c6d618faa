package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * The GraphQL API at the benchmark firm's size (issue 17), through the whole servlet stack with a real key: the
 * issue's 50-candidate query three levels deep (owners, applications, their jobs and the jobs' companies), walked
 * page by page through the firm, and a candidate search by email. Results go to the console and
 * {@code target/benchmarks/api-<candidates>.md}.
 */
@IntegrationTest
@BenchmarkFirmDatabase
@TestPropertySource(properties = "wecruit.api.requests-per-minute=1000000")
class ApiBenchmark {

    static final int PAGES = 100;
    static final int SEARCHES = 200;
    static final String PAGE = """
            query($after: String) {
              candidates(first: 50, after: $after) {
                edges { node { lastName owner { name } applications { job { title company { name } } } } }
                pageInfo { endCursor }
              }
            }""";

    @Autowired BenchmarkFirm benchmarkFirm;
    @Autowired CurrentTenant currentTenant;
    @Autowired ApiKeyService keys;
    @Autowired CandidateService candidates;
    @Autowired WebApplicationContext context;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_api_at_the_benchmark_firm() throws IOException {
        UUID firm = benchmarkFirm.ensure(report);
        String key = currentTenant.callAs(firm, () -> keys.create("Benchmark " + UUID.randomUUID(), Role.RECRUITER,
                LocalDate.now().plusDays(1)).secret());
        HttpGraphQlTester api = TestApi.client(context, key);
        List<String> emails = currentTenant.callAs(firm, () -> benchmarkFirm.sampleIds(SEARCHES, 17).stream()
                .map(candidates::get).map(CandidateDetails::emails).filter(list -> !list.isEmpty())
                .map(List::getFirst).toList());

        line("| measure | median / p95 |");
        line("|---|---|");
        pages(api);
        searches(api, emails);

        Path file = Path.of("target/benchmarks/api-" + BenchmarkFirm.CANDIDATES + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private void pages(HttpGraphQlTester api) {
        String after = null;
        for (int warm = 0; warm < 5; warm++) {
            after = page(api, after, new long[1]);
        }
        Timings timings = new Timings(PAGES);
        String[] cursor = {after};
        long[] cards = {0};
        for (int i = 0; i < PAGES; i++) {
            timings.time(() -> cursor[0] = page(api, cursor[0], cards));
        }
        line("| 50 candidates with owners, applications, jobs and companies, %d pages in a row (%d cards) | %.1f / "
                + "%.1f ms |", PAGES, cards[0], timings.medianMillis(), timings.p95Millis());
    }

    /** One page from the cursor; adds its applications to {@code cards}. @return the next page's cursor */
    private static String page(HttpGraphQlTester api, String after, long[] cards) {
        var response = api.document(PAGE).variable("after", after).execute();
        List<Map<String, Object>> edges = response.path("candidates.edges").entityList(
                new ParameterizedTypeReference<Map<String, Object>>() {
                }).hasSize(50).get();
        for (Map<String, Object> edge : edges) {
            @SuppressWarnings("unchecked")
            var node = (Map<String, Object>) edge.get("node");
            cards[0] += ((List<?>) node.get("applications")).size();
        }
        return response.path("candidates.pageInfo.endCursor").entity(String.class).get();
    }

    private void searches(HttpGraphQlTester api, List<String> emails) {
        Timings timings = new Timings(emails.size());
        for (String email : emails) {
            timings.time(() -> api.document("""
                    query($email: String!) { candidates(first: 20, filter: {search: $email}) {
                      edges { node { id lastName } } } }""").variable("email", email).execute()
                    .path("candidates.edges").entityList(Object.class)
                    .satisfies(found -> assertThat(found).isNotEmpty()));
        }
        line("| a candidate search by email (%d emails) | %.1f / %.1f ms |", emails.size(), timings.medianMillis(),
                timings.p95Millis());
    }

    private void line(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println(text);
    }
}
