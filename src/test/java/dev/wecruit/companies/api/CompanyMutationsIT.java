package dev.wecruit.companies.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.api.ApiErrors;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.context.WebApplicationContext;

/** Companies and contacts created and changed through the GraphQL API, with the forms' checks and roles. */
@IntegrationTest
class CompanyMutationsIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CompanyService companies;

    TestFirms.CreatedFirm firm;
    HttpGraphQlTester viewer;
    HttpGraphQlTester recruiter;
    CompanySummary acme;

    @BeforeEach
    void aFirmWithOneCompany() {
        firm = TestFirms.aFirm("Company Mutations").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        acme = companies.create(TestCompanies.aCompany("Acme"));
        SignedIn.out();
        viewer = TestApi.client(context, TestApi.keyOf(firm, Role.VIEWER, signIn, keys));
        recruiter = TestApi.client(context, TestApi.keyOf(firm, Role.RECRUITER, signIn, keys));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_recruiter_key_creates_a_company_and_changes_it_with_the_version_it_read() {
        var created = recruiter.document("""
                mutation($input: CompanyInput!) { createCompany(input: $input) { id name website status version } }""")
                .variable("input", company("Globex", "globex.example")).execute();
        created.path("createCompany.name").entity(String.class).isEqualTo("Globex")
                .path("createCompany.website").entity(String.class).isEqualTo("https://globex.example")
                .path("createCompany.status").entity(String.class).isEqualTo("CLIENT");
        String id = created.path("createCompany.id").entity(String.class).get();
        int version = created.path("createCompany.version").entity(Integer.class).get();

        recruiter.document("""
                mutation($id: ID!, $version: Int!, $input: CompanyInput!) {
                  updateCompany(id: $id, version: $version, input: $input) { name version }
                }""").variable("id", id).variable("version", version).variable("input", company("Globex Ltd", null))
                .execute()
                .path("updateCompany.name").entity(String.class).isEqualTo("Globex Ltd")
                .path("updateCompany.version").entity(Integer.class).isEqualTo(version + 1);
        assertThat(counted(companies::count)).isEqualTo(2);
    }

    @Test
    void company_errors_are_typed_and_save_nothing() {
        Map<String, Object> blank = company(" ", "not a web address");
        recruiter.document("mutation($input: CompanyInput!) { createCompany(input: $input) { id } }")
                .variable("input", blank).execute()
                .errors().satisfy(ApiErrors.invalid("name", "website"));
        String update = """
                mutation($id: ID!, $version: Int!, $input: CompanyInput!) {
                  updateCompany(id: $id, version: $version, input: $input) { id }
                }""";
        String id = GlobalId.of("Company", acme.id());
        recruiter.document(update).variable("id", id).variable("version", acme.version() + 1)
                .variable("input", company("Stale", null)).execute()
                .errors().satisfy(ApiErrors.one("CONFLICT"));
        var other = TestFirms.aFirm("Other Company Mutations").withMember(Role.ADMIN).create(accounts, organizations);
        TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys)).document(update)
                .variable("id", id).variable("version", acme.version()).variable("input", company("Theirs", null))
                .execute().errors().satisfy(ApiErrors.one("NOT_FOUND"));
        viewer.document("mutation($input: CompanyInput!) { createCompany(input: $input) { id } }")
                .variable("input", company("Viewer's", null)).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));
        viewer.document(update).variable("id", id).variable("version", acme.version())
                .variable("input", company("Viewer's", null)).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));

        assertThat(counted(companies::count)).isEqualTo(1);
        assertThat(counted(() -> companies.get(acme.id())).name()).isEqualTo("Acme");
    }

    @Test
    void a_recruiter_key_creates_a_contact_and_moves_them_to_another_company() {
        UUID globex = counted(() -> companies.create(TestCompanies.aCompany("Globex")).id());
        var created = recruiter.document("""
                mutation($input: ContactInput!) {
                  createContact(input: $input) { id firstName lastName email version company { name } }
                }""").variable("input", contact(acme.id(), "Ann", "ann.meyer@example.com")).execute();
        created.path("createContact.lastName").entity(String.class).isEqualTo("Meyer")
                .path("createContact.email").entity(String.class).isEqualTo("ann.meyer@example.com")
                .path("createContact.company.name").entity(String.class).isEqualTo("Acme");
        String id = created.path("createContact.id").entity(String.class).get();
        int version = created.path("createContact.version").entity(Integer.class).get();

        recruiter.document("""
                mutation($id: ID!, $version: Int!, $input: ContactInput!) {
                  updateContact(id: $id, version: $version, input: $input) { version company { name } }
                }""").variable("id", id).variable("version", version)
                .variable("input", contact(globex, "Ann", null)).execute()
                .path("updateContact.company.name").entity(String.class).isEqualTo("Globex")
                .path("updateContact.version").entity(Integer.class).isEqualTo(version + 1);
    }

    @Test
    void contact_errors_are_typed_and_save_nothing() {
        UUID contact = counted(() -> companies.createContact(TestCompanies.aContactAt(acme.id(), "Zoe", "Adams"))
                .id());
        recruiter.document("mutation($input: ContactInput!) { createContact(input: $input) { id } }")
                .variable("input", contact(acme.id(), " ", "not-an-email")).execute()
                .errors().satisfy(ApiErrors.invalid("firstName", "email"));
        recruiter.document("mutation($input: ContactInput!) { createContact(input: $input) { id } }")
                .variable("input", contact(UUID.randomUUID(), "Ann", null)).execute()
                .errors().satisfy(ApiErrors.invalid("companyId"));
        String update = """
                mutation($id: ID!, $version: Int!, $input: ContactInput!) {
                  updateContact(id: $id, version: $version, input: $input) { id }
                }""";
        recruiter.document(update).variable("id", GlobalId.of("Contact", contact)).variable("version", 7)
                .variable("input", contact(acme.id(), "Zoe", null)).execute()
                .errors().satisfy(ApiErrors.one("CONFLICT"));
        var other = TestFirms.aFirm("Other Contacts").withMember(Role.ADMIN).create(accounts, organizations);
        TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys)).document(update)
                .variable("id", GlobalId.of("Contact", contact)).variable("version", 0)
                .variable("input", contact(acme.id(), "Zoe", null)).execute()
                .errors().satisfy(ApiErrors.one("NOT_FOUND"));
        viewer.document("mutation($input: ContactInput!) { createContact(input: $input) { id } }")
                .variable("input", contact(acme.id(), "Ann", null)).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));
        viewer.document(update).variable("id", GlobalId.of("Contact", contact)).variable("version", 0)
                .variable("input", contact(acme.id(), "Zoe", null)).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));

        assertThat(counted(companies::countContacts)).isEqualTo(1);
    }

    private <T> T counted(Supplier<T> read) {
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        try {
            return read.get();
        } finally {
            SignedIn.out();
        }
    }

    private static Map<String, Object> company(String name, String website) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("website", website);
        input.put("industry", "Manufacturing");
        input.put("status", "CLIENT");
        return input;
    }

    private static Map<String, Object> contact(UUID companyId, String firstName, String email) {
        Map<String, Object> input = new HashMap<>();
        input.put("companyId", GlobalId.of("Company", companyId));
        input.put("firstName", firstName);
        input.put("lastName", "Meyer");
        input.put("email", email);
        return input;
    }
}
