package dev.wecruit.candidates.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.CreatedApiKey;
import dev.wecruit.api.TestApi;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.AccessChannel;
import dev.wecruit.candidates.AccessLogEntry;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.candidates.TestDocuments;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Candidates and their documents through the GraphQL API: the app's search paged both ways, contact details only for
 * credentials that may read them and counted for subject access, files downloaded by their link, and the mutations.
 */
@IntegrationTest
class CandidateGraphqlIT {

    private static final String PAGE = """
            query($first: Int, $after: String, $last: Int, $before: String, $orderBy: CandidateOrder) {
              candidates(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
                edges { cursor node { id lastName } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;

    TestFirms.CreatedFirm firm;
    CreatedApiKey recruiterKey;
    HttpGraphQlTester recruiter;
    HttpGraphQlTester viewer;
    String unique;
    /** By last name: Adams, Baker and Clark have a last activity (Clark latest), Dunn and Evans none. */
    Map<String, CandidateDetails> created = new java.util.LinkedHashMap<>();

    @BeforeEach
    void aFirmWithFiveCandidates() {
        firm = TestFirms.aFirm("Graph Search").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        unique = UUID.randomUUID().toString().substring(0, 8);
        asMember(Role.RECRUITER, () -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            int i = 0;
            for (String last : List.of("Adams", "Baker", "Clark", "Dunn", "Evans")) {
                var draft = TestCandidates.aCandidate().named("Quinn", last)
                        .withEmail(last.toLowerCase() + "-" + unique + "@example.com")
                        .withSkill(i % 2 == 0 ? "Kotlin" : "Python").withTag(i < 2 ? "shortlist" : "later")
                        .titled("Engineer " + (char) ('A' + i), "Co " + i).draft();
                if (i == 1 || i == 3) {
                    draft = draft.toBuilder().currentTitle(null).build();
                }
                CandidateDetails candidate = candidates.create(draft);
                if (i < 3) {
                    candidates.recordActivity(candidate.id(), now.minus(10 - i, ChronoUnit.DAYS));
                }
                created.put(last, candidate);
                i++;
            }
            return null;
        });
        recruiterKey = keyOf(firm, Role.RECRUITER);
        recruiter = TestApi.client(context, recruiterKey.secret());
        viewer = TestApi.client(context, keyOf(firm, Role.VIEWER).secret());
    }

    @Test
    void pages_forward_and_backward_give_the_same_order_with_rows_without_a_value_last() {
        List<String> everything = List.of("Clark", "Baker", "Adams");
        List<String> forward = walk(recruiter, null, 2, true);
        assertThat(forward.subList(0, 3)).isEqualTo(everything);
        // never-contacted candidates come last, newest id first, in both directions
        assertThat(forward.subList(3, 5)).containsExactly("Evans", "Dunn");
        assertThat(walk(recruiter, null, 2, false)).isEqualTo(forward);
        assertThat(walk(recruiter, null, 3, false)).isEqualTo(forward);

        Map<String, Object> byTitle = Map.of("field", "TITLE", "direction", "DESC");
        List<String> titled = walk(recruiter, byTitle, 2, true);
        assertThat(titled).containsExactly("Evans", "Clark", "Adams", "Dunn", "Baker");
        assertThat(walk(recruiter, byTitle, 2, false)).isEqualTo(titled);
        assertThat(walk(recruiter, byTitle, 1, false)).isEqualTo(titled);
    }

    @Test
    void the_page_before_a_cursor_says_there_is_one_before_it_and_the_first_page_says_there_is_none() {
        var last = recruiter.document(PAGE).variable("last", 2).execute();
        last.path("candidates.edges[*].node.lastName").entityList(String.class).containsExactly("Evans", "Dunn");
        last.path("candidates.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        String before = last.path("candidates.pageInfo.startCursor").entity(String.class).get();

        var previous = recruiter.document(PAGE).variable("last", 10).variable("before", before).execute();
        previous.path("candidates.edges[*].node.lastName").entityList(String.class)
                .containsExactly("Clark", "Baker", "Adams");
        previous.path("candidates.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);

        var first = recruiter.document(PAGE).variable("first", 5).execute();
        first.path("candidates.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        first.path("candidates.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void search_by_email_goes_through_the_blind_index_exactly_and_ignores_case() {
        String query = "query($f: CandidateFilter) { candidates(filter: $f) { edges { node { lastName } } } }";
        recruiter.document(query).variable("f", Map.of("search", "BAKER-" + unique + "@Example.com")).execute()
                .path("candidates.edges[*].node.lastName").entityList(String.class).containsExactly("Baker");
        // the index holds whole addresses only: a part of one finds nobody, as in the app's search box
        recruiter.document(query).variable("f", Map.of("search", "baker-" + unique + "@example.co")).execute()
                .path("candidates.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void filters_take_name_prefixes_skills_tags_and_merge_a_conjunction() {
        String query = """
                query($f: CandidateFilter) {
                  candidates(filter: $f, orderBy: {field: LAST_ACTIVITY, direction: DESC}) {
                    edges { node { lastName } }
                  }
                }""";
        recruiter.document(query).variable("f", Map.of("search", "qui cla")).execute()
                .path("candidates.edges[*].node.lastName").entityList(String.class).containsExactly("Clark");
        recruiter.document(query).variable("f", Map.of("skills", Map.of("all", List.of("kotlin", "IFRS"))))
                .execute().path("candidates.edges[*].node.lastName").entityList(String.class)
                .containsExactly("Clark", "Adams", "Evans");
        recruiter.document(query).variable("f", Map.of("skills", Map.of("any", List.of("Python", "Haskell"))))
                .execute().path("candidates.edges[*].node.lastName").entityList(String.class)
                .containsExactly("Baker", "Dunn");
        recruiter.document(query).variable("f", Map.of("tags", Map.of("any", List.of("shortlist")),
                "and", List.of(Map.of("skills", Map.of("all", List.of("Kotlin"))),
                        Map.of("lastActivityAt", Map.of("from", Instant.now().minus(11, ChronoUnit.DAYS).toString())))))
                .execute().path("candidates.edges[*].node.lastName").entityList(String.class)
                .containsExactly("Adams");
        recruiter.document(query).variable("f", Map.of("search", "Quinn", "and", List.of(Map.of("search", "Clark"))))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("classification", "VALIDATION");
                    // one of the two, whichever the filter's fields are read in
                    assertThat(fields(error).keySet()).singleElement().asString().endsWith("search");
                }));
    }

    @Test
    void a_viewer_key_gets_the_candidate_without_contact_details_and_a_recruiter_key_gets_them() {
        String query = """
                { candidates(first: 5) { edges { node { lastName contact { emails address } } } } }""";
        viewer.document(query).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(5).allSatisfy(error -> {
                        assertThat(error.getExtensions()).containsEntry("classification", "FORBIDDEN");
                        assertThat(error.getPath()).endsWith(".contact");
                    });
                })
                .path("candidates.edges[0].node.lastName").entity(String.class).isEqualTo("Clark")
                .path("candidates.edges[0].node.contact").valueIsNull();

        recruiter.document(query).execute()
                .path("candidates.edges[0].node.contact.emails").entityList(String.class)
                .containsExactly("clark-" + unique + "@example.com")
                .path("candidates.edges[0].node.contact.address").entity(String.class).isEqualTo("12 High Street, London");
    }

    @Test
    void contact_reads_through_a_key_are_counted_per_key_candidate_and_day_and_a_viewers_refusal_is_not() {
        String query = "{ candidates(first: 2) { edges { node { contact { phones } } } } }";
        recruiter.document(query).execute().path("candidates.edges").entityList(Object.class).hasSize(2);
        recruiter.document(query).execute().path("candidates.edges").entityList(Object.class).hasSize(2);
        viewer.document(query).execute().errors().satisfy(errors -> assertThat(errors).hasSize(2));
        recruiter.document("{ candidates(first: 5) { edges { node { lastName } } } }").execute()
                .path("candidates.edges").entityList(Object.class).hasSize(5);

        Instant now = Instant.now();
        List<AccessLogEntry> clark = asMember(Role.ADMIN, () -> candidates.accessLogOf(created.get("Clark").id()));
        assertThat(clark).singleElement().satisfies(read -> {
            assertThat(read.apiKeyId()).isEqualTo(recruiterKey.key().id());
            assertThat(read.memberId()).isNull();
            assertThat(read.who()).isEqualTo("API key \"" + recruiterKey.key().name() + "\"");
            assertThat(read.channel()).isEqualTo(AccessChannel.API_READ);
            assertThat(read.times()).isEqualTo(2);
            assertThat(read.day()).isBetween(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1),
                    LocalDate.ofInstant(now, ZoneOffset.UTC));
            assertThat(read.lastAt()).isBetween(now.minus(2, ChronoUnit.HOURS), Instant.now());
        });
        assertThat(asMember(Role.ADMIN, () -> candidates.accessLogOf(created.get("Adams").id()))).isEmpty();
    }

    @Test
    void a_document_is_listed_with_its_candidate_and_downloaded_by_its_link_only_in_its_own_firm() {
        byte[] pdf = TestDocuments.pdf("Quinn Clark", "Engineer");
        UUID documentId = asMember(Role.RECRUITER, () -> documents.attach(created.get("Clark").id(), "Clark CV.pdf",
                pdf).id());
        String id = GlobalId.of("Document", documentId);
        var found = recruiter.document("""
                query($id: ID!) { node(id: $id) { ... on Document {
                  id fileName contentType size hasText downloadUrl candidate { lastName documents { id } } } } }""")
                .variable("id", id).execute();
        found.path("node.fileName").entity(String.class).isEqualTo("Clark CV.pdf")
                .path("node.contentType").entity(String.class).isEqualTo("application/pdf")
                .path("node.size").entity(Integer.class).isEqualTo(pdf.length)
                .path("node.candidate.lastName").entity(String.class).isEqualTo("Clark")
                .path("node.candidate.documents[*].id").entityList(String.class).containsExactly(id);
        String link = found.path("node.downloadUrl").entity(String.class).get();
        assertThat(link).isEqualTo("/api/documents/" + id + "/content");

        web().get().uri(link).header("Authorization", "Bearer " + recruiterKey.secret()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).isEqualTo(pdf);
        web().get().uri(link).exchange().expectStatus().isUnauthorized();
        web().get().uri(link).header("Authorization", "Bearer " + keyOf(firm, Role.VIEWER).secret()).exchange()
                .expectStatus().isForbidden();
        var other = TestFirms.aFirm("Other Files").withMember(Role.ADMIN).create(accounts, organizations);
        web().get().uri(link).header("Authorization", "Bearer " + keyOf(other, Role.RECRUITER).secret()).exchange()
                .expectStatus().isNotFound().expectBody().isEmpty();
        web().get().uri("/api/documents/not-an-id/content")
                .header("Authorization", "Bearer " + recruiterKey.secret()).exchange()
                .expectStatus().isNotFound();
        // the download was a read of the candidate's contact details through the key
        assertThat(asMember(Role.ADMIN, () -> candidates.accessLogOf(created.get("Clark").id())))
                .singleElement().satisfies(read -> {
                    assertThat(read.channel()).isEqualTo(AccessChannel.API_READ);
                    assertThat(read.times()).isEqualTo(1);
                });
    }

    @Test
    void candidates_are_found_by_global_id_and_another_firms_are_not() {
        String clark = GlobalId.of("Candidate", created.get("Clark").id());
        String baker = GlobalId.of("Candidate", created.get("Baker").id());
        recruiter.document("""
                query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Candidate {
                  firstName lastName currentTitle currentCompany location skills tags yearsOfExperience source
                  lawfulBasis lastActivityAt createdAt updatedAt version } } }""")
                .variable("ids", List.of(clark, baker)).execute()
                .path("nodes[0].id").entity(String.class).isEqualTo(clark)
                .path("nodes[0].lastName").entity(String.class).isEqualTo("Clark")
                .path("nodes[0].currentTitle").entity(String.class).isEqualTo("Engineer C")
                .path("nodes[0].skills").entityList(String.class).contains("Kotlin")
                .path("nodes[0].tags").entityList(String.class).containsExactly("later")
                .path("nodes[0].yearsOfExperience").entity(Integer.class).isEqualTo(8)
                .path("nodes[0].source").entity(String.class).isEqualTo("LinkedIn")
                .path("nodes[0].lawfulBasis").entity(String.class).isEqualTo("LEGITIMATE_INTEREST")
                .path("nodes[0].version").entity(Integer.class).isEqualTo(0)
                .path("nodes[1].lastName").entity(String.class).isEqualTo("Baker")
                .path("nodes[1].currentTitle").valueIsNull();

        var other = TestFirms.aFirm("Other Search").withMember(Role.ADMIN).create(accounts, organizations);
        var otherApi = TestApi.client(context, keyOf(other, Role.RECRUITER).secret());
        otherApi.document("query($id: ID!) { node(id: $id) { id } }").variable("id", clark).execute()
                .path("node").valueIsNull();
        otherApi.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }").variable("ids", List.of(clark, baker))
                .execute().path("nodes[0]").valueIsNull().path("nodes[1]").valueIsNull();
        otherApi.document("{ candidates { edges { node { id } } } }").execute()
                .path("candidates.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void a_cursor_the_api_did_not_give_or_of_another_order_is_a_bad_request() {
        assertBadRequest(recruiter.document(PAGE).variable("first", 2).variable("after", "bm90IGEgY3Vyc29y")
                .execute());
        String byActivity = recruiter.document(PAGE).variable("first", 2).execute()
                .path("candidates.pageInfo.endCursor").entity(String.class).get();
        assertBadRequest(recruiter.document(PAGE).variable("first", 2).variable("after", byActivity)
                .variable("orderBy", Map.of("field", "TITLE")).execute());
        assertBadRequest(recruiter.document(PAGE).variable("first", 101).execute());
    }

    @Test
    void a_recruiter_key_creates_a_candidate_and_updates_it_with_its_version() {
        MemberSummary owner = asMember(Role.RECRUITER, () -> organizations.members().stream()
                .filter(member -> member.role() == Role.RECRUITER).findFirst().orElseThrow());
        var created = recruiter.document("""
                mutation($input: CandidateInput!) { createCandidate(input: $input) {
                  id firstName lastName skills version owner { name } contact { emails } } }""")
                .variable("input", Map.of("firstName", "Robin", "lastName", "Ng", "emails", List.of("robin@example.com"),
                        "skills", List.of("Go"), "ownerId", GlobalId.of("Member", owner.id()),
                        "lawfulBasis", "CONSENT", "consentGivenOn", LocalDate.now().minusDays(1).toString()))
                .execute();
        created.path("createCandidate.lastName").entity(String.class).isEqualTo("Ng")
                .path("createCandidate.version").entity(Integer.class).isEqualTo(0)
                .path("createCandidate.owner.name").entity(String.class).isEqualTo(owner.displayName())
                .path("createCandidate.contact.emails").entityList(String.class).containsExactly("robin@example.com");
        String id = created.path("createCandidate.id").entity(String.class).get();
        UUID candidateId = GlobalId.parse(id, "Candidate", "id");

        recruiter.document("""
                mutation($id: ID!, $input: CandidateInput!) { updateCandidate(id: $id, version: 0, input: $input) {
                  lastName currentTitle skills version } }""")
                .variable("id", id).variable("input", Map.of("currentTitle", "Staff Engineer", "skills",
                        List.of("Go", "Rust")))
                .execute()
                .path("updateCandidate.lastName").entity(String.class).isEqualTo("Ng")
                .path("updateCandidate.currentTitle").entity(String.class).isEqualTo("Staff Engineer")
                .path("updateCandidate.version").entity(Integer.class).isEqualTo(1);
        CandidateDetails saved = asMember(Role.RECRUITER, () -> candidates.get(candidateId));
        // what the input left out is kept, including what the API does not show
        assertThat(saved.emails()).containsExactly("robin@example.com");
        assertThat(saved.lawfulBasis()).hasToString("CONSENT");
        assertThat(saved.skills()).containsExactly("Go", "Rust");
    }

    @Test
    void consent_and_legal_hold_are_read_written_and_filtered_on_and_only_an_admin_key_changes_a_hold() {
        LocalDate given = LocalDate.now().minusDays(30);
        var created = recruiter.document("""
                mutation($input: CandidateInput!) { createCandidate(input: $input) {
                  id consentGivenOn consentMethod consentExpiresOn legalHold { reason } version } }""")
                .variable("input", Map.of("firstName", "Cora", "lastName", "Consent", "lawfulBasis", "CONSENT",
                        "consentGivenOn", given.toString(), "consentMethod", "WEB_FORM",
                        "consentExpiresOn", LocalDate.now().plusDays(5).toString()))
                .execute();
        created.path("createCandidate.consentMethod").entity(String.class).isEqualTo("WEB_FORM")
                .path("createCandidate.consentExpiresOn").entity(String.class)
                .isEqualTo(LocalDate.now().plusDays(5).toString())
                .path("createCandidate.legalHold").valueIsNull();
        String id = created.path("createCandidate.id").entity(String.class).get();

        String hold = """
                mutation($id: ID!, $version: Int!) { updateCandidate(id: $id, version: $version,
                  input: {legalHold: true, legalHoldReason: "Tribunal claim"}) {
                  legalHold { reason since setBy { name } } version } }""";
        recruiter.document(hold).variable("id", id).variable("version", 0).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("classification", "VALIDATION");
                    assertThat(fields(error)).containsEntry("legalHold",
                            "Only an admin can put a candidate on legal hold");
                }));
        // keys are recruiters or viewers: a hold is put on by an admin in the app (or with an admin's Clerk token)
        UUID candidateId = GlobalId.parse(id, "Candidate", "id");
        asMember(Role.ADMIN, () -> candidates.update(candidateId, 0, candidates.get(candidateId).toDraft()
                .toBuilder().legalHold(true).legalHoldReason("Tribunal claim").build()));
        MemberSummary admin = asMember(Role.ADMIN, () -> organizations.members().stream()
                .filter(member -> member.role() == Role.ADMIN).findFirst().orElseThrow());
        recruiter.document("""
                mutation($id: ID!) { updateCandidate(id: $id, version: 1, input: {currentTitle: "Analyst"}) {
                  legalHold { reason since setBy { name } } } }""").variable("id", id).execute()
                .path("updateCandidate.legalHold.reason").entity(String.class).isEqualTo("Tribunal claim")
                .path("updateCandidate.legalHold.setBy.name").entity(String.class).isEqualTo(admin.displayName())
                .path("updateCandidate.legalHold.since").hasValue();

        String query = "query($f: CandidateFilter) { candidates(first: 10, filter: $f) { edges { node { lastName } } } }";
        recruiter.document(query).variable("f", Map.of("onLegalHold", true)).execute()
                .path("candidates.edges[*].node.lastName").entityList(String.class).containsExactly("Consent");
        recruiter.document(query).variable("f", Map.of("consent", Map.of("status", "EXPIRING", "withinDays", 7)))
                .execute().path("candidates.edges[*].node.lastName").entityList(String.class)
                .containsExactly("Consent");
        recruiter.document(query).variable("f", Map.of("consent", Map.of("status", "NONE"))).execute()
                .path("candidates.edges[*].node.lastName").entityList(String.class).hasSize(5)
                .doesNotContain("Consent");
        recruiter.document(query).variable("f", Map.of("lawfulBasis", Map.of("in", List.of("CONSENT", "CONTRACT"))))
                .execute().path("candidates.edges[*].node.lastName").entityList(String.class)
                .containsExactly("Consent");
        recruiter.document(query).variable("f", Map.of("consent", Map.of("status", "EXPIRING", "withinDays", 0)))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "VALIDATION")));
    }

    @Test
    void invalid_input_is_a_validation_error_per_field_and_saves_nothing() {
        long before = count();
        recruiter.document("""
                mutation($owner: ID) { createCandidate(input: {firstName: " ", lastName: "Ng",
                  emails: ["not-an-email"], ownerId: $owner}) { id } }""")
                .variable("owner", GlobalId.of("Member", UUID.randomUUID()))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("classification", "VALIDATION");
                    assertThat(fields(error)).containsKeys("firstName", "ownerId")
                            .hasEntrySatisfying("ownerId", message -> assertThat(message).asString()
                                    .contains("active member"));
                    assertThat(fields(error).keySet()).anyMatch(field -> field.startsWith("emails"));
                }));
        String id = GlobalId.of("Candidate", created.get("Adams").id());
        recruiter.document("""
                mutation($id: ID!) { updateCandidate(id: $id, version: 0, input: {yearsOfExperience: 99}) { id } }""")
                .variable("id", id).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(fields(error)).containsKey("yearsOfExperience")));
        assertThat(count()).isEqualTo(before);
        assertThat(asMember(Role.RECRUITER, () -> candidates.get(created.get("Adams").id()).version())).isZero();
    }

    @Test
    void a_stale_version_is_a_conflict_another_firms_id_not_found_and_a_viewer_key_forbidden() {
        String id = GlobalId.of("Candidate", created.get("Adams").id());
        String update = """
                mutation($id: ID!, $version: Int!) {
                  updateCandidate(id: $id, version: $version, input: {currentTitle: "Changed"}) { version } }""";
        recruiter.document(update).variable("id", id).variable("version", 0).execute()
                .path("updateCandidate.version").entity(Integer.class).isEqualTo(1);
        assertClassification(recruiter.document(update).variable("id", id).variable("version", 0).execute(),
                "CONFLICT");

        var other = TestFirms.aFirm("Other Writes").withMember(Role.ADMIN).create(accounts, organizations);
        var otherApi = TestApi.client(context, keyOf(other, Role.RECRUITER).secret());
        assertClassification(otherApi.document(update).variable("id", id).variable("version", 1).execute(),
                "NOT_FOUND");

        long before = count();
        assertClassification(viewer.document(update).variable("id", id).variable("version", 1).execute(),
                "FORBIDDEN");
        assertClassification(viewer.document("""
                mutation { createCandidate(input: {firstName: "Vi", lastName: "Ewer"}) { id } }""").execute(),
                "FORBIDDEN");
        assertThat(count()).isEqualTo(before);
        assertThat(asMember(Role.RECRUITER, () -> candidates.get(created.get("Adams").id()).currentTitle()))
                .isEqualTo("Changed");
    }

    /** Every last name of the list, a page at a time from the top or from the end. */
    private List<String> walk(HttpGraphQlTester api, Map<String, Object> orderBy, int size, boolean forward) {
        List<String> names = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 10; pages++) {
            var request = api.document(PAGE).variable("orderBy", orderBy);
            request = forward ? request.variable("first", size).variable("after", cursor)
                    : request.variable("last", size).variable("before", cursor);
            var page = request.execute();
            List<String> lastNames = page.path("candidates.edges[*].node.lastName").entityList(String.class).get();
            assertThat(lastNames).hasSizeLessThanOrEqualTo(size);
            if (forward) {
                names.addAll(lastNames);
            } else {
                names.addAll(0, lastNames);
            }
            boolean more = page.path("candidates.pageInfo." + (forward ? "hasNextPage" : "hasPreviousPage"))
                    .entity(Boolean.class).get();
            if (!more) {
                return names;
            }
            cursor = page.path("candidates.pageInfo." + (forward ? "endCursor" : "startCursor")).entity(String.class)
                    .get();
        }
        throw new AssertionError("more than 10 pages");
    }

    private long count() {
        return asMember(Role.RECRUITER, candidates::count);
    }

    private <T> T asMember(Role role, Supplier<T> work) {
        SignedIn.as(signIn, firm.member(role));
        try {
            return work.get();
        } finally {
            SignedIn.out();
        }
    }

    private CreatedApiKey keyOf(TestFirms.CreatedFirm of, Role role) {
        SignedIn.as(signIn, of.member(Role.ADMIN));
        try {
            return keys.create("Candidates " + role, role, LocalDate.now().plusYears(1));
        } finally {
            SignedIn.out();
        }
    }

    private WebTestClient web() {
        return MockMvcWebTestClient.bindTo(MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build()).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(ResponseError error) {
        return (Map<String, Object>) error.getExtensions().getOrDefault("fields", Collections.emptyMap());
    }

    private static void assertBadRequest(GraphQlTester.Response response) {
        assertClassification(response, "BAD_REQUEST");
    }

    private static void assertClassification(GraphQlTester.Response response, String classification) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(
                error.getExtensions()).containsEntry("classification", classification)));
    }
}
