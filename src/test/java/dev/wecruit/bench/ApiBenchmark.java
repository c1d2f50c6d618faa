package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import dev.wecruit.AnotherNode;
import dev.wecruit.IntegrationTest;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.domain.PageRequest;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The GraphQL API at the benchmark firm's size (issue 17), through the whole servlet stack with a real key: the
 * issue's 50-candidate query three levels deep (owners, applications, their jobs and the jobs' companies), walked
 * page by page through the firm, and a candidate search by email; then a move made on this node reaching a
 * {@code pipelineChanged} subscriber on a second node over a real graphql-transport-ws socket. Each measure is timed
 * after a warm-up of its own kind (a running server has compiled its hot paths; the first requests of a fresh JVM
 * measure the JIT). Results go to the console and {@code target/benchmarks/api-<candidates>.md}.
 */
@IntegrationTest
@BenchmarkFirmDatabase
@TestPropertySource(properties = "wecruit.api.requests-per-minute=1000000")
class ApiBenchmark {

    static final int PAGES = Integer.getInteger("wecruit.bench.api.pages", 100);
    static final int WARM_PAGES = Integer.getInteger("wecruit.bench.api.warm-pages", 100);
    static final int SEARCHES = Integer.getInteger("wecruit.bench.api.searches", 200);
    static final int WARM_SEARCHES = Integer.getInteger("wecruit.bench.api.warm-searches", 200);
    static final int MOVES = Integer.getInteger("wecruit.bench.api.moves", 200);
    static final int WARM_MOVES = 20;
    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(10);
    static final String JOB_TITLE = "API subscription benchmark";
    static final String SUBSCRIPTION = """
            subscription($jobId: ID!) {
              pipelineChanged(jobId: $jobId) { kind applicationId version sequence }
            }""";
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
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ApplicationService applications;
    @Autowired WebApplicationContext context;
    @Autowired ConfigurableApplicationContext thisNode;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_api_at_the_benchmark_firm() throws IOException {
        UUID firm = benchmarkFirm.ensure(report);
        String key = currentTenant.callAs(firm, () -> keys.create("Benchmark " + UUID.randomUUID(), Role.RECRUITER,
                LocalDate.now().plusDays(1)).secret());
        HttpGraphQlTester api = TestApi.client(context, key);
        List<String> emails = emailsOf(firm, SEARCHES, 17);
        List<String> warmEmails = emailsOf(firm, WARM_SEARCHES, 18);

        line("| measure | median / p95 |");
        line("|---|---|");
        pages(api);
        searches(api, warmEmails, null);
        searches(api, emails, new Timings(emails.size()));
        // last: starting a second node resets this thread's security context
        subscriptions(firm, key);

        Path file = Path.of("target/benchmarks/api-" + BenchmarkFirm.CANDIDATES + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private List<String> emailsOf(UUID firm, int count, long seed) {
        return currentTenant.callAs(firm, () -> benchmarkFirm.sampleIds(count, seed).stream()
                .map(candidates::get).map(CandidateDetails::emails).filter(list -> !list.isEmpty())
                .map(List::getFirst).toList());
    }

    /**
     * The pages from the top of the list, where the candidates with applications are (the newest activity first),
     * twice: once to warm up, then timed.
     */
    private void pages(HttpGraphQlTester api) {
        String after = null;
        for (int warm = 0; warm < WARM_PAGES; warm++) {
            after = page(api, after, new long[1]);
        }
        Timings timings = new Timings(PAGES);
        String[] cursor = {null};
        long[] cards = {0};
        for (int i = 0; i < PAGES; i++) {
            timings.time(() -> cursor[0] = page(api, cursor[0], cards));
        }
        line("| 50 candidates with owners, applications, jobs and companies, the first %d pages walked by cursor "
                + "(%d cards), after walking %d | %.1f / %.1f ms |", PAGES, cards[0], WARM_PAGES,
                timings.medianMillis(), timings.p95Millis());
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

    /** Searches each email; timed unless {@code timings} is null (the warm-up, with other emails). */
    private void searches(HttpGraphQlTester api, List<String> emails, Timings timings) {
        for (String email : emails) {
            Runnable search = () -> api.document("""
                    query($email: String!) { candidates(first: 20, filter: {search: $email}) {
                      edges { node { id lastName } } } }""").variable("email", email).execute()
                    .path("candidates.edges").entityList(Object.class)
                    .satisfies(found -> assertThat(found).isNotEmpty());
            if (timings == null) {
                search.run();
            } else {
                timings.time(search);
            }
        }
        if (timings != null) {
            line("| a candidate search by email (%d emails, after %d others) | %.1f / %.1f ms |", emails.size(),
                    WARM_SEARCHES, timings.medianMillis(), timings.p95Millis());
        }
    }

    /**
     * A move made through {@link ApplicationService} on this node, and the time until a graphql-transport-ws client
     * of a second node (its own server and fan-out listener on the same database) has the event: from the call of
     * the move (its transaction and commit included) to the event's arrival at the client, one move at a time.
     */
    private void subscriptions(UUID firm, String key) {
        JobDetails job = currentTenant.callAs(firm, this::subscriptionJob);
        List<ApplicationSummary> cards = new ArrayList<>(currentTenant.callAs(firm,
                () -> applications.applicationsOf(job.id())));
        // active stages only: a move to a rejecting stage needs a reason
        List<UUID> stages = job.stages().stream().filter(stage -> stage.kind() == StageKind.ACTIVE).map(Stage::id)
                .toList();
        ConfigurableApplicationContext otherNode = AnotherNode.start(thisNode);
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        WebSocketGraphQlClient client = socket(otherNode, key);
        Disposable subscription = client.document(SUBSCRIPTION).variable("jobId", GlobalId.of("Job", job.id()))
                .executeSubscription().subscribe(response -> {
                    long now = System.nanoTime();
                    Map<?, ?> event = response.field("pipelineChanged").toEntity(Map.class);
                    if (event != null && "MOVED".equals(event.get("kind"))) {
                        arrivals.put(event.get("applicationId") + "@" + event.get("version"), now);
                    }
                });
        try {
            // a subscribe message has no answer: move until an event arrives, and the subscription is in place
            Mover mover = new Mover(firm, cards, stages, arrivals);
            await().atMost(EVENT_TIMEOUT.multipliedBy(3))
                    .until(() -> mover.move().arrivedWithin(Duration.ofSeconds(1)));
            Timings timings = new Timings(MOVES);
            Timings fromCommit = new Timings(MOVES);
            for (int i = 0; i < WARM_MOVES + MOVES; i++) {
                Move move = mover.move();
                await().atMost(EVENT_TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                        .until(move::arrived);
                if (i >= WARM_MOVES) {
                    timings.add(move.arrival() - move.started());
                    fromCommit.add(Math.max(0, move.arrival() - move.committed()));
                }
            }
            line("| a move on this node → its pipelineChanged event at a graphql-transport-ws client of another node "
                    + "(%d moves, one at a time, after %d) | %.1f / %.1f ms |", MOVES, WARM_MOVES,
                    timings.medianMillis(), timings.p95Millis());
            line("| ... of which after the move's call returned (committed) | %.1f / %.1f ms |",
                    fromCommit.medianMillis(), fromCommit.p95Millis());
        } finally {
            subscription.dispose();
            client.stop().block(EVENT_TIMEOUT);
            otherNode.close();
        }
    }

    /** Moves the job's cards round its active stages, one card after another. */
    private final class Mover {

        private final UUID firm;
        private final List<ApplicationSummary> cards;
        private final List<UUID> stages;
        private final Map<String, Long> arrivals;
        private int next;

        Mover(UUID firm, List<ApplicationSummary> cards, List<UUID> stages, Map<String, Long> arrivals) {
            this.firm = firm;
            this.cards = cards;
            this.stages = stages;
            this.arrivals = arrivals;
        }

        Move move() {
            int index = next++ % cards.size();
            ApplicationSummary card = cards.get(index);
            UUID to = stages.get((stages.indexOf(card.stageId()) + 1) % stages.size());
            long started = System.nanoTime();
            ApplicationSummary moved = currentTenant.callAs(firm,
                    () -> applications.move(card.id(), card.version(), to, 0, null));
            long committed = System.nanoTime();
            cards.set(index, moved);
            return new Move(GlobalId.of("Application", moved.id()) + "@" + moved.version(), started, committed,
                    arrivals);
        }
    }

    /** One move: when its call started and returned, and when its event (application@version) reached the client. */
    private record Move(String event, long started, long committed, Map<String, Long> arrivals) {

        boolean arrived() {
            return arrivals.containsKey(event);
        }

        boolean arrivedWithin(Duration wait) {
            try {
                await().atMost(wait).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).until(this::arrived);
                return true;
            } catch (org.awaitility.core.ConditionTimeoutException notYet) {
                return false;
            }
        }

        long arrival() {
            return arrivals.get(event);
        }
    }

    /** The benchmark's own job with 10 candidates in its pipeline, made on the first run and found on later ones. */
    private JobDetails subscriptionJob() {
        var found = jobs.search(JOB_TITLE, List.of(), null, PageRequest.of(0, 1)).getContent();
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        UUID company = companies.create(TestCompanies.aCompany("API Benchmark Client")).id();
        JobDetails job = jobs.create(TestJobs.aJobAt(company).toBuilder().title(JOB_TITLE).build());
        applications.addAll(benchmarkFirm.sampleIds(10, 99), job.id());
        return job;
    }

    private static WebSocketGraphQlClient socket(ConfigurableApplicationContext node, String key) {
        String port = node.getEnvironment().getProperty("local.server.port");
        return WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new StandardWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", "Bearer " + key));
                    }
                }).build();
    }

    private void line(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println(text);
    }
}
