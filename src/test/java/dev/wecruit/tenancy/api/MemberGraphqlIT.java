package dev.wecruit.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.context.WebApplicationContext;

/** The firm's members through the GraphQL API: the list, by global id, and as the owners of records. */
@IntegrationTest
class MemberGraphqlIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CandidateService candidates;
    @Autowired Owners owners;

    TestFirms.CreatedFirm firm;
    HttpGraphQlTester api;
    MemberSummary recruiter;
    MemberSummary admin;

    @BeforeEach
    void aFirmWithAnAdminAndARecruiter() {
        firm = TestFirms.aFirm("Graph Members").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        List<MemberSummary> members = as(Role.ADMIN, organizations::members);
        recruiter = members.stream().filter(member -> member.role() == Role.RECRUITER).findFirst().orElseThrow();
        admin = members.stream().filter(member -> member.role() == Role.ADMIN).findFirst().orElseThrow();
        api = TestApi.client(context, TestApi.keyOf(firm, Role.VIEWER, signIn, keys));
    }

    @Test
    void members_are_listed_by_name_with_their_role_email_and_active_state() {
        List<MemberSummary> byName = as(Role.ADMIN, organizations::members);
        var response = api.document("{ members { id name email role active } }").execute();
        assertThat(response.path("members[*].id").entityList(String.class).get()).containsExactlyElementsOf(byName
                .stream().map(member -> GlobalId.of("Member", member.id())).toList());
        assertThat(response.path("members[*].name").entityList(String.class).get()).containsExactlyElementsOf(byName
                .stream().map(MemberSummary::displayName).toList());
        assertThat(response.path("members[*].role").entityList(String.class).get())
                .containsExactlyInAnyOrder("ADMIN", "RECRUITER");
        assertThat(response.path("members[*].email").entityList(String.class).get())
                .containsExactlyInAnyOrder(firm.member(Role.ADMIN).email(), firm.member(Role.RECRUITER).email());
        assertThat(response.path("members[*].active").entityList(Boolean.class).get()).containsOnly(true);

        as(Role.ADMIN, () -> {
            organizations.setActive(recruiter.id(), false);
            return null;
        });
        api.document("query($id: ID!) { node(id: $id) { ... on Member { name active } } }")
                .variable("id", GlobalId.of("Member", recruiter.id())).execute()
                .path("node.name").entity(String.class).isEqualTo(recruiter.displayName())
                .path("node.active").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void a_member_is_found_by_global_id_and_another_firms_member_is_not() {
        String id = GlobalId.of("Member", admin.id());
        api.document("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Member { role } } }")
                .variable("ids", List.of(id, GlobalId.of("Member", UUID.randomUUID()))).execute()
                .path("nodes[0].id").entity(String.class).isEqualTo(id)
                .path("nodes[0].role").entity(String.class).isEqualTo("ADMIN")
                .path("nodes[1]").valueIsNull();

        var other = TestFirms.aFirm("Other Members").withMember(Role.ADMIN).create(accounts, organizations);
        var otherApi = TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys));
        otherApi.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute()
                .path("node").valueIsNull();
        otherApi.document("{ members { id } }").execute().path("members[*].id").entityList(String.class)
                .doesNotContain(id).hasSize(1);
    }

    @Test
    void a_records_owner_is_its_member_and_a_record_without_one_has_none() {
        as(Role.RECRUITER, () -> {
            candidates.create(TestCandidates.aCandidate().named("Owned", "One").ownedBy(recruiter.id()).draft());
            candidates.create(TestCandidates.aCandidate().named("Nobodys", "Two").draft());
            return null;
        });
        // the same title: by id, the order they were created in
        api.document("{ candidates(orderBy: {field: TITLE}) { edges { node { firstName owner { id name role } } } } }")
                .execute()
                .path("candidates.edges[*].node.firstName").entityList(String.class).containsExactly("Owned", "Nobodys")
                .path("candidates.edges[0].node.owner.id").entity(String.class)
                .isEqualTo(GlobalId.of("Member", recruiter.id()))
                .path("candidates.edges[0].node.owner.name").entity(String.class).isEqualTo(recruiter.displayName())
                .path("candidates.edges[0].node.owner.role").entity(String.class).isEqualTo("RECRUITER")
                .path("candidates.edges[1].node.owner").valueIsNull();
    }

    @Test
    void owners_of_a_batch_are_read_at_once_and_leave_out_records_without_a_member() {
        record Owned(String name, UUID ownerId) {
        }
        var mine = new Owned("mine", recruiter.id());
        var alsoMine = new Owned("also mine", recruiter.id());
        var stranger = new Owned("stranger", UUID.randomUUID());
        var none = new Owned("none", null);
        Map<Owned, MemberSummary> found = as(Role.RECRUITER,
                () -> owners.of(List.of(mine, alsoMine, stranger, none), Owned::ownerId));
        assertThat(found).containsOnlyKeys(mine, alsoMine);
        assertThat(found.get(mine)).isEqualTo(recruiter);
    }

    private <T> T as(Role role, Supplier<T> work) {
        SignedIn.as(signIn, firm.member(role));
        try {
            return work.get();
        } finally {
            SignedIn.out();
        }
    }
}
