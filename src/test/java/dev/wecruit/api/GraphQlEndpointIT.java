package dev.wecruit.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.platform.db.DatabaseMode;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

/**
 * The endpoint as an integrator meets it, whatever the types: the published schema, what a malformed request gets,
 * and the limits.
 */
@IntegrationTest
class GraphQlEndpointIT {

    static final Path PUBLISHED_SCHEMA = Path.of("docs/api/schema.graphqls");

    @Autowired WebApplicationContext context;
    @Autowired GraphQlSource graphQl;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;

    String key;
    HttpGraphQlTester api;

    @BeforeEach
    void aKey() {
        var firm = TestFirms.aFirm("Endpoint Partners").withMember(Role.ADMIN).create(accounts, organizations);
        key = TestApi.keyOf(firm, Role.VIEWER, signIn, keys);
        api = TestApi.client(context, key);
    }

    /**
     * Every change to the API shows in a diff of {@code docs/api/schema.graphqls}. After a deliberate change, run
     * this test with {@code -Dwecruit.api.update-schema=true} to write the file anew, and commit it.
     */
    @Test
    void the_published_schema_is_the_schema_the_endpoint_serves() throws IOException {
        String served = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(false)
                .includeSchemaDefinition(false)).print(graphQl.schema());
        if (Boolean.getBoolean("wecruit.api.update-schema")) {
            Files.createDirectories(PUBLISHED_SCHEMA.getParent());
            Files.writeString(PUBLISHED_SCHEMA, served, StandardCharsets.UTF_8);
        }
        Path actual = Path.of("target/schema.graphqls");
        Files.writeString(actual, served, StandardCharsets.UTF_8);
        assertThat(Files.exists(PUBLISHED_SCHEMA)).as("docs/api/schema.graphqls exists").isTrue();
        assertThat(served).as("The schema served differs from " + PUBLISHED_SCHEMA + " (it is in " + actual
                + "): if the change is meant, run this test with -Dwecruit.api.update-schema=true and commit "
                + "the file").isEqualTo(Files.readString(PUBLISHED_SCHEMA, StandardCharsets.UTF_8));
    }

    @Test
    void a_body_that_is_not_json_is_a_400_and_a_query_that_does_not_parse_or_asks_for_unknown_fields_an_error() {
        TestApi.web(context).post().header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json").exchange().expectStatus().isBadRequest();

        api.document("{ companies(first: 1) { edges { node { name } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("InvalidSyntax")));
        api.document("{ companies { edges { node { salary } } } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("salary")));
    }

    @Test
    void a_query_nested_too_deeply_or_asking_for_too_much_is_refused_before_it_runs() {
        api.document("""
                { companies { edges { node { contacts { company { contacts { company { contacts { company {
                    contacts { company { name } } } } } } } } } } } }""").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                    assertThat(error.getMessage()).contains("at most 10");
                }));

        String fields = IntStream.range(0, 60).mapToObj(i -> "n" + i + ": name").collect(Collectors.joining(" "));
        api.document("{ companies(first: 100) { edges { node { " + fields + " } } } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                    assertThat(error.getMessage()).contains("at most 5000");
                }));
    }

    @Test
    void a_request_larger_than_the_limit_is_a_413_in_graphqls_error_shape() {
        String padding = "x".repeat(70 * 1024);
        TestApi.web(context).post().header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\":\"{ companies { edges { cursor } } }\",\"operationName\":null,"
                        + "\"extensions\":{\"padding\":\"" + padding + "\"}}")
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
    }

    @Test
    void a_credential_over_its_rate_is_answered_429_with_when_to_try_again() {
        var web = TestApi.web(context);
        for (int i = 0; i < 600; i++) {
            web.get().uri("http://localhost/api/me").header("Authorization", "Bearer " + key).exchange().expectStatus().isOk();
        }
        web.get().uri("http://localhost/api/me").header("Authorization", "Bearer " + key).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "60")
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("RATE_LIMITED");
    }

    @Test
    void the_schema_can_be_explored_on_the_embedded_database_and_not_on_an_external_one() {
        var response = api.document("{ __schema { queryType { name } } }").execute();
        if (DatabaseMode.of(context.getEnvironment()) == DatabaseMode.EMBEDDED) {
            response.path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
        } else {
            response.errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(error -> assertThat(error.getErrorType().toString())
                            .isEqualTo("IntrospectionDisabled")));
        }
    }
}
