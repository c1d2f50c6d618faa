package dev.wecruit.companies.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.api.TestApi;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.context.WebApplicationContext;

/** Companies and contacts through the GraphQL API: paged by keyset cursors, filtered, found by global id. */
@IntegrationTest
class CompanyGraphqlIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CompanyService companies;

    TestFirms.CreatedFirm firm;
    HttpGraphQlTester api;
    String prefix;
    List<CompanySummary> created = new ArrayList<>();

    @BeforeEach
    void aFirmWithFiveCompanies() {
        firm = TestFirms.aFirm("Graph Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        prefix = "Acme " + UUID.randomUUID().toString().substring(0, 6) + " ";
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        for (String name : List.of("Delta", "Alpha", "Echo", "Bravo", "Charlie")) {
            CompanyStatus status = name.equals("Echo") ? CompanyStatus.PROSPECT : CompanyStatus.CLIENT;
            created.add(companies.create(TestCompanies.aCompany(prefix + name, status)));
        }
        companies.createContact(TestCompanies.aContactAt(created.get(1).id(), "Zoe", "Adams"));
        SignedIn.out();
        api = TestApi.client(context, TestApi.keyOf(firm, Role.VIEWER, signIn, keys));
    }

    @Test
    void companies_come_a_page_at_a_time_by_name_and_the_cursor_gives_the_next_page() {
        var first = api.document("""
                query($prefix: String!) {
                  companies(first: 2, filter: {name: {startsWith: $prefix}}) {
                    edges { cursor node { name status } }
                    pageInfo { hasNextPage endCursor }
                  }
                }""").variable("prefix", prefix).execute();
        first.path("companies.edges[*].node.name").entityList(String.class)
                .containsExactly(prefix + "Alpha", prefix + "Bravo");
        first.path("companies.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String after = first.path("companies.pageInfo.endCursor").entity(String.class).get();

        var second = api.document("""
                query($prefix: String!, $after: String) {
                  companies(first: 10, after: $after, filter: {name: {startsWith: $prefix}}) {
                    edges { node { name } }
                    pageInfo { hasNextPage }
                  }
                }""").variable("prefix", prefix).variable("after", after).execute();
        second.path("companies.edges[*].node.name").entityList(String.class)
                .containsExactly(prefix + "Charlie", prefix + "Delta", prefix + "Echo");
        second.path("companies.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void the_last_page_comes_backwards_from_the_end_and_from_a_cursor() {
        var last = api.document("""
                query($prefix: String!) {
                  companies(last: 2, filter: {name: {startsWith: $prefix}}) {
                    edges { node { name } }
                    pageInfo { hasPreviousPage startCursor }
                  }
                }""").variable("prefix", prefix).execute();
        last.path("companies.edges[*].node.name").entityList(String.class)
                .containsExactly(prefix + "Delta", prefix + "Echo");
        String before = last.path("companies.pageInfo.startCursor").entity(String.class).get();

        api.document("""
                query($prefix: String!, $before: String) {
                  companies(last: 1, before: $before, filter: {name: {startsWith: $prefix}}) {
                    edges { node { name } }
                  }
                }""").variable("prefix", prefix).variable("before", before).execute()
                .path("companies.edges[*].node.name").entityList(String.class).containsExactly(prefix + "Charlie");
    }

    @Test
    void filters_combine_with_and_or_and_not_and_the_order_can_be_reversed() {
        api.document("""
                query($prefix: String!) {
                  companies(orderBy: {field: NAME, direction: DESC}, filter: {and: [
                      {name: {startsWith: $prefix}},
                      {or: [{name: {contains: "lph"}}, {status: {eq: PROSPECT}}, {name: {in: [] }}]},
                      {not: {name: {eq: "nobody"}}}]}) {
                    edges { node { name status } }
                  }
                }""").variable("prefix", prefix).execute()
                .path("companies.edges[*].node.name").entityList(String.class)
                .containsExactly(prefix + "Echo", prefix + "Alpha");
    }

    @Test
    void a_company_is_found_by_its_global_id_with_its_contacts_and_another_firms_is_not() {
        String id = GlobalId.of("Company", created.get(1).id());
        api.document("""
                query($id: ID!) {
                  node(id: $id) { id ... on Company { name contacts { lastName company { name } } } }
                }""").variable("id", id).execute()
                .path("node.name").entity(String.class).isEqualTo(prefix + "Alpha")
                .path("node.id").entity(String.class).isEqualTo(id)
                .path("node.contacts[0].lastName").entity(String.class).isEqualTo("Adams")
                .path("node.contacts[0].company.name").entity(String.class).isEqualTo(prefix + "Alpha");

        var other = TestFirms.aFirm("Other Graph").withMember(Role.ADMIN).create(accounts, organizations);
        var otherApi = TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys));
        otherApi.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute()
                .path("node").valueIsNull();
        otherApi.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }").variable("ids", List.of(id))
                .execute().path("nodes[0]").valueIsNull();
    }

    @Test
    void a_cursor_the_api_did_not_give_and_a_page_too_large_are_bad_requests() {
        api.document("{ companies(first: 2, after: \"bm90IGEgY3Vyc29y\") { edges { cursor } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification",
                                "BAD_REQUEST")));
        api.document("{ companies(first: 101) { edges { cursor } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("at most 100")));
    }

    @Test
    void a_request_without_a_credential_is_refused_with_401() {
        TestApi.web(context).post().header("Content-Type", "application/json")
                .bodyValue("{\"query\":\"{ companies { edges { cursor } } }\"}").exchange()
                .expectStatus().isUnauthorized();
    }
}
