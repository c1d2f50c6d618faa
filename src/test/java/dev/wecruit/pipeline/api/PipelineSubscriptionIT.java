package dev.wecruit.pipeline.api;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.wecruit.AnotherNode;
import dev.wecruit.FirmTest;
import dev.wecruit.ServerIntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.Role;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * {@code pipelineChanged} through real graphql-transport-ws clients (Spring's {@link WebSocketGraphQlClient} over the
 * JSR-356 client of Tomcat) against two app nodes on one database: this test's server and a second one. The socket
 * signs in at connection_init with an API key; moves are made through {@link ApplicationService} as a recruiter.
 */
@ServerIntegrationTest
class PipelineSubscriptionIT extends FirmTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String SUBSCRIPTION = """
            subscription($jobId: ID!) {
              pipelineChanged(jobId: $jobId) {
                kind jobId applicationId candidateId fromStageId toStageId fromPosition toPosition version sequence at
              }
            }""";

    private static ConfigurableApplicationContext otherNode;

    @LocalServerPort int port;
    @Autowired ConfigurableApplicationContext thisNode;
    @Autowired ApplicationService applications;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ApiKeyService keys;

    final List<WebSocketGraphQlClient> clients = new ArrayList<>();
    String viewerKey;
    CompanySummary company;
    JobDetails job;
    ApplicationSummary card;

    @BeforeEach
    void aJobWithACardAndASecondNode() {
        if (otherNode == null) {
            otherNode = AnotherNode.start(thisNode);
        }
        viewerKey = TestApi.keyOf(firm, Role.VIEWER, signIn, keys);
        // starting a node and making a key both leave the thread signed out
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        company = companies.create(TestCompanies.aCompany());
        job = jobs.create(TestJobs.aJobAt(company.id()));
        card = applications.add(candidates.create(aCandidate().draft()).id(), job.id());
    }

    @AfterEach
    void closeTheSockets() {
        clients.forEach(client -> client.stop().block(TIMEOUT));
    }

    @AfterAll
    static void stopTheOtherNode() {
        if (otherNode != null) {
            otherNode.close();
        }
    }

    @Test
    void a_subscriber_on_one_node_hears_a_move_made_on_the_other_with_its_ids() {
        Subscriber subscriber = subscribe(otherNode, viewerKey, jobId(job.id()));
        awaitListening(otherNode, firm.id(), job.id());

        ApplicationSummary moved = applications.move(card.id(), card.version(), job.stages().get(1).id(), 0, null);

        Map<String, Object> event = subscriber.nextEvent();
        assertThat(event).containsEntry("kind", "MOVED")
                .containsEntry("jobId", GlobalId.of("Job", job.id()))
                .containsEntry("applicationId", GlobalId.of("Application", card.id()))
                .containsEntry("candidateId", GlobalId.of("Candidate", card.candidateId()))
                .containsEntry("fromStageId", GlobalId.of("Stage", job.stages().get(0).id()))
                .containsEntry("toStageId", GlobalId.of("Stage", job.stages().get(1).id()))
                .containsEntry("fromPosition", 0)
                .containsEntry("toPosition", 0)
                .containsEntry("version", (int) moved.version())
                .containsEntry("sequence", 1);
        assertThat(event.get("at")).isNotNull();
    }

    @Test
    void a_candidate_added_on_one_node_reaches_a_subscriber_on_the_other_as_a_board_change() {
        Subscriber subscriber = subscribe(otherNode, viewerKey, jobId(job.id()));
        awaitListening(otherNode, firm.id(), job.id());

        applications.add(candidates.create(aCandidate().draft()).id(), job.id());

        assertThat(subscriber.nextEvent()).containsEntry("kind", "BOARD_CHANGED")
                .containsEntry("jobId", GlobalId.of("Job", job.id()))
                .containsEntry("applicationId", null)
                .containsEntry("sequence", null);
    }

    @Test
    void a_subscriber_on_the_node_of_the_move_hears_it_too() {
        Subscriber subscriber = subscribe(thisNode, viewerKey, jobId(job.id()));
        awaitListening(thisNode, firm.id(), job.id());

        applications.move(card.id(), card.version(), job.stages().get(2).id(), 0, null);

        assertThat(subscriber.nextEvent()).containsEntry("kind", "MOVED")
                .containsEntry("toStageId", GlobalId.of("Stage", job.stages().get(2).id()));
    }

    @Test
    void a_connection_init_without_a_credential_or_with_a_wrong_one_is_closed_as_unauthorized() {
        for (Map<String, Object> payload : List.of(Map.<String, Object>of(), Map.<String, Object>of("Authorization",
                "Bearer wk_notakey"), Map.<String, Object>of("token", "wk_notakey"))) {
            WebSocketGraphQlClient client = client(thisNode, payload);

            // Spring for GraphQL closes a socket whose connection_init fails with 4401, as graphql-ws does
            assertThatThrownBy(() -> client.start().block(TIMEOUT)).as("connection_init with %s", payload)
                    .hasMessageContaining("CloseStatus[code=4401, reason=Unauthorized]");
        }
    }

    @Test
    void a_key_in_lower_case_authorization_or_as_token_signs_the_socket_in_too() {
        for (Map<String, Object> payload : List.of(Map.<String, Object>of("authorization", "Bearer " + viewerKey),
                Map.<String, Object>of("token", viewerKey))) {
            WebSocketGraphQlClient client = client(thisNode, payload);
            ClientGraphQlResponse response = client.document("query($id: ID!) { node(id: $id) { id } }")
                    .variable("id", GlobalId.of("Company", company.id())).execute().block(TIMEOUT);

            assertThat(response.field("node.id").toEntity(String.class)).as("with %s", payload.keySet())
                    .isEqualTo(GlobalId.of("Company", company.id()));
        }
    }

    @Test
    void queries_on_the_socket_run_as_its_credential_and_see_only_its_firm() {
        TestFirms.CreatedFirm otherFirm = anotherFirm();
        SignedIn.as(signIn, otherFirm.member(Role.RECRUITER));
        CompanySummary theirs = companies.create(TestCompanies.aCompany());
        SignedIn.out();
        WebSocketGraphQlClient client = client(otherNode, Map.of("Authorization", "Bearer " + viewerKey));

        ClientGraphQlResponse response = client.document("""
                query($ours: ID!, $theirs: ID!) {
                  ours: node(id: $ours) { ... on Company { name } }
                  theirs: node(id: $theirs) { id }
                }""").variable("ours", GlobalId.of("Company", company.id()))
                .variable("theirs", GlobalId.of("Company", theirs.id())).execute().block(TIMEOUT);

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("ours.name").toEntity(String.class)).isEqualTo(company.name());
        assertThat((Object) response.field("theirs").getValue()).isNull();
    }

    @Test
    void another_firms_job_is_not_found_like_an_unknown_one_and_streams_nothing() {
        TestFirms.CreatedFirm otherFirm = anotherFirm();
        SignedIn.as(signIn, otherFirm.member(Role.RECRUITER));
        JobDetails theirJob = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany()).id()));
        SignedIn.out();

        for (String jobId : List.of(jobId(theirJob.id()), jobId(UUID.randomUUID()))) {
            List<ResponseError> errors = subscriptionErrors(otherNode, jobId);

            assertThat(errors).as("job %s", jobId).singleElement()
                    .extracting(PipelineSubscriptionIT::classification).isEqualTo("NOT_FOUND");
        }
        assertThat(otherNode.getBean(PipelineEvents.class).listening(otherFirm.id(), theirJob.id())).isZero();
    }

    @Test
    void an_id_of_another_type_is_a_validation_error() {
        List<ResponseError> errors = subscriptionErrors(thisNode, GlobalId.of("Company", company.id()));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(classification(error)).isEqualTo("VALIDATION");
            assertThat(error.getExtensions()).extractingByKey("fields").asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsKey("jobId");
        });
    }

    @Test
    void a_subscriber_never_hears_another_firms_moves() {
        TestFirms.CreatedFirm otherFirm = anotherFirm();
        SignedIn.as(signIn, otherFirm.member(Role.RECRUITER));
        JobDetails theirJob = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany()).id()));
        ApplicationSummary theirCard = applications.add(candidates.create(aCandidate().draft()).id(), theirJob.id());
        Subscriber ours = subscribe(otherNode, viewerKey, jobId(job.id()));
        awaitListening(otherNode, firm.id(), job.id());

        // their moves first, ours last: ours arriving first and alone shows theirs never came, without waiting
        ApplicationSummary moved = applications.move(theirCard.id(), theirCard.version(),
                theirJob.stages().get(1).id(), 0, null);
        applications.move(moved.id(), moved.version(), theirJob.stages().get(2).id(), 0, null);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        applications.move(card.id(), card.version(), job.stages().get(1).id(), 0, null);

        assertThat(ours.nextEvent()).containsEntry("applicationId", GlobalId.of("Application", card.id()));
        assertThat(ours.events()).hasSize(1);
    }

    @Test
    void a_subscription_ended_by_its_client_leaves_no_subscriber_behind() {
        Subscriber subscriber = subscribe(otherNode, viewerKey, jobId(job.id()));
        awaitListening(otherNode, firm.id(), job.id());

        subscriber.subscription().dispose();

        PipelineEvents events = otherNode.getBean(PipelineEvents.class);
        await().atMost(TIMEOUT).until(() -> events.listening(firm.id(), job.id()) == 0);
    }

    @Test
    void vaadin_push_still_takes_its_websocket_next_to_the_graphql_one() throws Exception {
        AtomicBoolean opened = new AtomicBoolean();
        URI push = URI.create("ws://localhost:" + port
                + "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=none&X-Atmosphere-Transport=websocket");
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(push, new WebSocket.Listener() {
                    @Override
                    public void onOpen(WebSocket webSocket) {
                        opened.set(true);
                        webSocket.request(1);
                    }

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        webSocket.request(1);
                        return CompletableFuture.completedFuture(null);
                    }
                }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        assertThat(opened.get()).as("the upgrade to Atmosphere's endpoint was accepted").isTrue();
        socket.abort();
    }

    @Test
    void an_http_request_that_only_claims_to_upgrade_still_needs_a_credential() throws Exception {
        String query = "{\"query\":\"{ node(id: \\\"" + GlobalId.of("Company", company.id()) + "\\\") { id } }\"}";

        // through the real server: MockMvc would carry the test thread's sign-in, and the JDK's HTTP client does
        // not send an Upgrade header
        assertThat(rawHttp("POST", "/graphql", "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Content-Type: application/json\r\n", query)).startsWith("HTTP/1.1 401");
        assertThat(rawHttp("GET", "/graphql/schema", "Upgrade: websocket\r\nConnection: Upgrade\r\n", ""))
                .startsWith("HTTP/1.1 401");
    }

    // --- helpers

    private record Subscriber(List<Map<String, Object>> events, List<ClientGraphQlResponse> failures,
            Disposable subscription) {

        /** The first event, once it arrived; a response with errors fails the wait at once. */
        Map<String, Object> nextEvent() {
            await().atMost(TIMEOUT).until(() -> !events.isEmpty() || !failures.isEmpty());
            assertThat(failures).as("error responses").isEmpty();
            return events.getFirst();
        }
    }

    private Subscriber subscribe(ConfigurableApplicationContext node, String key, String jobId) {
        List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
        List<ClientGraphQlResponse> failures = new CopyOnWriteArrayList<>();
        Disposable subscription = client(node, Map.of("Authorization", "Bearer " + key)).document(SUBSCRIPTION)
                .variable("jobId", jobId).executeSubscription()
                .subscribe(response -> {
                    if (response.isValid() && response.getErrors().isEmpty()) {
                        events.add(response.field("pipelineChanged").toEntity(Map.class));
                    } else {
                        failures.add(response);
                    }
                });
        return new Subscriber(events, failures, subscription);
    }

    /**
     * The errors of a subscription that did not start: the graphql-transport-ws {@code error} message, which ends the
     * subscription without any event.
     */
    private List<ResponseError> subscriptionErrors(ConfigurableApplicationContext node, String jobId) {
        List<ClientGraphQlResponse> events = new CopyOnWriteArrayList<>();
        Throwable failure = client(node, Map.of("Authorization", "Bearer " + viewerKey)).document(SUBSCRIPTION)
                .variable("jobId", jobId).executeSubscription().doOnNext(events::add).then(Mono.<Throwable>empty())
                .onErrorResume(Mono::just).block(TIMEOUT);
        assertThat(events).as("events").isEmpty();
        assertThat(failure).isInstanceOf(SubscriptionErrorException.class);
        return ((SubscriptionErrorException) failure).getErrors();
    }

    /** A subscribe message has no answer until an event: wait until the node holds the subscription. */
    private static void awaitListening(ConfigurableApplicationContext node, UUID tenantId, UUID jobId) {
        PipelineEvents events = node.getBean(PipelineEvents.class);
        await().atMost(TIMEOUT).until(() -> events.listening(tenantId, jobId) > 0);
    }

    private WebSocketGraphQlClient client(ConfigurableApplicationContext node, Map<String, Object> initPayload) {
        String nodePort = node.getEnvironment().getProperty("local.server.port");
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + nodePort + "/graphql",
                new StandardWebSocketClient()).interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(initPayload);
                    }
                }).build();
        clients.add(client);
        return client;
    }

    /** The status line of a request written by hand to this node, with headers no HTTP client lets us send. */
    private String rawHttp(String method, String path, String headers, String body) throws Exception {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
                    + "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private TestFirms.CreatedFirm anotherFirm() {
        return TestFirms.aFirm("Other " + getClass().getSimpleName()).withMember(Role.ADMIN)
                .withMember(Role.RECRUITER).create(accounts, organizations);
    }

    private static String jobId(UUID id) {
        return GlobalId.of("Job", id);
    }

    private static Object classification(ResponseError error) {
        return error.getExtensions().get("classification");
    }
}
