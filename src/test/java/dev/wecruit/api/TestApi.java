package dev.wecruit.api;

import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.tenancy.Role;
import java.time.LocalDate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * GraphQL clients for tests: requests to {@code /graphql} through the whole servlet stack (security chain, filters,
 * the GraphQL handler) with a real API key of a test firm.
 */
public final class TestApi {

    private TestApi() {
    }

    /** A new key of the firm with the role, made by its admin; nobody is signed in afterwards. */
    public static String keyOf(TestFirms.CreatedFirm firm, Role role, LocalAuthenticationProvider signIn,
            ApiKeyService keys) {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        try {
            return keys.create("Integration " + role, role, LocalDate.now().plusYears(1)).secret();
        } finally {
            SignedIn.out();
        }
    }

    public static HttpGraphQlTester client(WebApplicationContext context, String credential) {
        return HttpGraphQlTester.builder(builder(context)).header("Authorization", "Bearer " + credential).build();
    }

    /** A plain HTTP client of the app, for what a GraphQL client would not send (no credential, a bad body). */
    public static WebTestClient web(WebApplicationContext context) {
        return builder(context).build();
    }

    private static WebTestClient.Builder builder(WebApplicationContext context) {
        return MockMvcWebTestClient.bindTo(MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build()).baseUrl("/graphql");
    }
}
