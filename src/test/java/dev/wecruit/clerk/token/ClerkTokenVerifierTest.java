package dev.wecruit.clerk.token;

import static dev.wecruit.clerk.TestClerk.APP_ORIGIN;
import static dev.wecruit.clerk.TestClerk.ISSUER;
import static dev.wecruit.clerk.TestClerk.KEYS;
import static dev.wecruit.clerk.TestClerk.aToken;
import static dev.wecruit.clerk.TestClerk.id;
import static dev.wecruit.clerk.TestClerk.pem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.wecruit.clerk.TestClerk;
import dev.wecruit.clerk.internal.ClerkProperties;
import dev.wecruit.clerk.token.ClerkSession.OrgClaims;
import dev.wecruit.tenancy.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Clerk session tokens: what signs somebody in, and every way one is refused. No Spring; loopback network only. */
class ClerkTokenVerifierTest {

    private static final KeyPair OTHER_KEYS = TestClerk.newKeyPair();

    private final ClerkTokenVerifier verifier = new ClerkTokenVerifier(withJwtKey(pem(KEYS.getPublic())));

    @Test
    void a_v2_token_names_the_user_the_session_and_the_active_organization_with_its_role() throws Exception {
        String user = id("user");
        String org = id("org");
        String token = aToken(user).session("sess_42").v2Organization(org, "admin", "acme-search").sign();

        ClerkSession session = verifier.verify(token);

        assertThat(session.userId()).isEqualTo(user);
        assertThat(session.sessionId()).isEqualTo("sess_42");
        assertThat(session.organization()).contains(new OrgClaims(org, Role.ADMIN, "acme-search"));
        assertThat(session.email()).isEmpty();
    }

    @Test
    void a_v1_token_with_flat_organization_claims_reads_the_same() throws Exception {
        String org = id("org");
        String token = aToken(id("user")).v1Organization(org, "org:member", "bravo").sign();

        assertThat(verifier.verify(token).organization()).contains(new OrgClaims(org, Role.RECRUITER, "bravo"));
    }

    @Test
    void a_token_without_an_active_organization_signs_in_without_a_firm() throws Exception {
        assertThat(verifier.verify(aToken(id("user")).sign()).organization()).isEmpty();
        assertThat(verifier.verify(aToken(id("user")).claim("v", 2).sign()).organization()).isEmpty();
    }

    @Test
    void a_session_with_tasks_left_in_clerk_acts_for_no_firm_yet() throws Exception {
        String token = aToken(id("user")).v2Organization(id("org"), "admin", null).claim("sts", "pending").sign();

        assertThat(verifier.verify(token).organization()).isEmpty();
    }

    @Test
    void email_and_name_claims_are_read_when_the_instance_adds_them() throws Exception {
        String token = aToken(id("user")).claim("email", "Jane@Acme.test").claim("name", "Jane Doe").sign();

        ClerkSession session = verifier.verify(token);

        assertThat(session.email()).contains("Jane@Acme.test");
        assertThat(session.name()).contains("Jane Doe");
    }

    @Test
    void clerk_roles_become_wecruit_roles_and_unknown_ones_the_least_privileged() {
        assertThat(ClerkRoles.toRole("org:admin")).isEqualTo(Role.ADMIN);
        assertThat(ClerkRoles.toRole("admin")).isEqualTo(Role.ADMIN);
        assertThat(ClerkRoles.toRole("org:member")).isEqualTo(Role.RECRUITER);
        assertThat(ClerkRoles.toRole("member")).isEqualTo(Role.RECRUITER);
        assertThat(ClerkRoles.toRole("org:recruiter")).isEqualTo(Role.RECRUITER);
        assertThat(ClerkRoles.toRole("org:viewer")).isEqualTo(Role.VIEWER);
        assertThat(ClerkRoles.toRole("org:billing_manager")).isEqualTo(Role.VIEWER);
        assertThat(ClerkRoles.toRole("org:administrator")).isEqualTo(Role.VIEWER);
        assertThat(ClerkRoles.toRole(null)).isEqualTo(Role.VIEWER);
    }

    @Test
    void an_expired_token_is_refused() {
        String token = aToken(id("user")).issuedAt(Instant.now().minusSeconds(180))
                .notBefore(Instant.now().minusSeconds(180)).expiresAt(Instant.now().minusSeconds(60)).sign();

        assertThat(reasonFor(token)).isEqualTo("token-expired");
    }

    @Test
    void a_token_not_valid_yet_is_refused() {
        String token = aToken(id("user")).notBefore(Instant.now().plusSeconds(60))
                .expiresAt(Instant.now().plusSeconds(120)).sign();

        assertThat(reasonFor(token)).isEqualTo("token-not-active-yet");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        assertThat(reasonFor(aToken(id("user")).signedWith(OTHER_KEYS.getPrivate()).sign()))
                .isEqualTo("token-invalid");
    }

    @Test
    void a_token_of_another_clerk_instance_is_refused() {
        assertThat(reasonFor(aToken(id("user")).issuer("https://clerk.other.test").sign()))
                .isEqualTo("issuer-mismatch");
        assertThat(reasonFor(aToken(id("user")).issuer(null).sign())).isEqualTo("issuer-missing");
    }

    @Test
    void a_token_without_an_authorized_party_is_refused() {
        assertThat(reasonFor(aToken(id("user")).authorizedParty(null).sign())).isEqualTo("azp-missing");
    }

    @Test
    void a_token_made_for_another_site_is_refused() {
        assertThat(reasonFor(aToken(id("user")).authorizedParty("https://evil.test").sign()))
                .isEqualTo("token-invalid-authorized-parties");
    }

    @Test
    void an_unsigned_token_is_refused() {
        assertThat(reasonFor(aToken(id("user")).unsigned())).isEqualTo("alg-not-allowed");
    }

    @Test
    void an_hmac_token_keyed_with_the_public_key_is_refused() {
        byte[] publicPem = pem(KEYS.getPublic()).getBytes(StandardCharsets.US_ASCII);

        assertThat(reasonFor(aToken(id("user")).hmacWith(publicPem))).isEqualTo("alg-not-allowed");
    }

    @Test
    void a_token_without_expiry_subject_or_session_is_refused_though_the_sdk_would_accept_it() {
        assertThat(reasonFor(aToken(id("user")).expiresAt(null).sign())).isEqualTo("exp-missing");
        assertThat(reasonFor(aToken(id("user")).claim("sub", null).sign())).isEqualTo("sub-missing");
        assertThat(reasonFor(aToken(id("user")).session(null).sign())).isEqualTo("sid-missing");
    }

    @Test
    void malformed_tokens_are_refused_without_an_error() {
        for (String token : List.of("", " ", "abc", "a.b", "a.b.c", "eyJhbGciOiJSUzI1NiJ9..sig", "ak_123.4.5",
                "!!!.???.###", "x".repeat(20_000))) {
            assertThat(catchThrowableOfType(ClerkTokenRejectedException.class, () -> verifier.verify(token)))
                    .as(token.length() > 40 ? "a very long token" : token).isNotNull();
        }
        assertThat(reasonFor(null)).isEqualTo("malformed");
    }

    @Test
    void the_reason_is_never_the_token_itself() {
        String token = aToken(id("user")).signedWith(OTHER_KEYS.getPrivate()).sign();

        var rejected = catchThrowableOfType(ClerkTokenRejectedException.class, () -> verifier.verify(token));

        assertThat(rejected.getMessage()).doesNotContain(token).doesNotContain(token.split("\\.")[1]);
    }

    @Test
    void clerk_mode_without_what_it_needs_refuses_to_start_and_names_the_setting() {
        assertThatThrownBy(() -> new ClerkTokenVerifier(new ClerkProperties("pk_test_x", null,
                pem(KEYS.getPublic()), null, null, List.of(APP_ORIGIN), null, null, null)))
                .hasMessageContaining("wecruit.auth.clerk.frontend-api");
        assertThatThrownBy(() -> new ClerkTokenVerifier(new ClerkProperties("pk_test_x", URI.create(ISSUER),
                pem(KEYS.getPublic()), null, null, List.of(), null, null, null)))
                .hasMessageContaining("wecruit.auth.clerk.authorized-parties");
        assertThatThrownBy(() -> new ClerkTokenVerifier(new ClerkProperties("pk_test_x", URI.create(ISSUER),
                " ", null, null, List.of(APP_ORIGIN), null, null, null)))
                .hasMessageContaining("wecruit.auth.clerk.jwt-key").hasMessageContaining("secret-key");
        assertThatThrownBy(() -> new ClerkTokenVerifier(withJwtKey("-----BEGIN PUBLIC KEY-----\nnot a key\n"
                + "-----END PUBLIC KEY-----")))
                .hasMessageContaining("wecruit.auth.clerk.jwt-key");
    }

    @Test
    void with_a_secret_key_the_signing_keys_come_from_clerks_backend_api_and_are_kept() throws Exception {
        String kid = "ins_key_" + id("k");
        try (var clerk = new JwksServer()) {
            clerk.publish(TestClerk.jwk(kid, KEYS));
            var jwksVerifier = new ClerkTokenVerifier(withSecretKey(clerk.url()));
            String org = id("org");

            ClerkSession first = jwksVerifier.verify(aToken(id("user")).kid(kid).v2Organization(org, "admin", null)
                    .sign());
            ClerkSession second = jwksVerifier.verify(aToken(id("user")).kid(kid).sign());

            assertThat(first.organization()).map(OrgClaims::orgId).contains(org);
            assertThat(second.organization()).isEmpty();
            assertThat(clerk.fetches()).isEqualTo(1);
            assertThat(clerk.lastAuthorization()).isEqualTo("Bearer sk_test_wecruit");
        }
    }

    @Test
    void a_rotated_signing_key_is_fetched_when_a_token_first_names_it() throws Exception {
        String oldKid = "ins_old_" + id("k");
        String newKid = "ins_new_" + id("k");
        KeyPair newKeys = TestClerk.newKeyPair();
        try (var clerk = new JwksServer()) {
            clerk.publish(TestClerk.jwk(oldKid, KEYS));
            var jwksVerifier = new ClerkTokenVerifier(withSecretKey(clerk.url()), Duration.ZERO);
            jwksVerifier.verify(aToken(id("user")).kid(oldKid).sign());

            clerk.publish(TestClerk.jwk(oldKid, KEYS), TestClerk.jwk(newKid, newKeys));
            ClerkSession session = jwksVerifier.verify(aToken(id("user")).kid(newKid)
                    .signedWith(newKeys.getPrivate()).sign());

            assertThat(session.userId()).startsWith("user_");
            assertThat(clerk.fetches()).isEqualTo(2);
        }
    }

    @Test
    void tokens_naming_unknown_keys_cannot_make_the_verifier_call_clerk_again_and_again() throws Exception {
        String kid = "ins_key_" + id("k");
        try (var clerk = new JwksServer()) {
            clerk.publish(TestClerk.jwk(kid, KEYS));
            var jwksVerifier = new ClerkTokenVerifier(withSecretKey(clerk.url()), Duration.ofHours(1));
            jwksVerifier.verify(aToken(id("user")).kid(kid).sign());

            var forged = catchThrowableOfType(ClerkTokenRejectedException.class, () -> jwksVerifier.verify(
                    aToken(id("user")).kid("forged_" + id("k")).signedWith(OTHER_KEYS.getPrivate()).sign()));
            ClerkSession genuine = jwksVerifier.verify(aToken(id("user")).kid(kid).sign());

            assertThat(forged.reasonCode()).isEqualTo("jwks-refresh-throttled");
            assertThat(genuine).isNotNull();
            assertThat(clerk.fetches()).isEqualTo(1);
        }
    }

    @Test
    void a_token_naming_a_key_the_instance_does_not_have_is_refused() throws Exception {
        try (var clerk = new JwksServer()) {
            clerk.publish(TestClerk.jwk("ins_key_" + id("k"), KEYS));
            var jwksVerifier = new ClerkTokenVerifier(withSecretKey(clerk.url()), Duration.ZERO);

            var rejected = catchThrowableOfType(ClerkTokenRejectedException.class, () -> jwksVerifier.verify(
                    aToken(id("user")).kid("unknown_" + id("k")).sign()));
            var withoutKid = catchThrowableOfType(ClerkTokenRejectedException.class,
                    () -> jwksVerifier.verify(aToken(id("user")).sign()));

            assertThat(rejected.reasonCode()).isEqualTo("jwk-kid-mismatch");
            assertThat(withoutKid.reasonCode()).isEqualTo("kid-missing");
        }
    }

    private String reasonFor(String token) {
        var rejected = catchThrowableOfType(ClerkTokenRejectedException.class, () -> verifier.verify(token));
        assertThat(rejected).as("the token is refused").isNotNull();
        return rejected.reasonCode();
    }

    private static ClerkProperties withJwtKey(String pem) {
        return new ClerkProperties("pk_test_x", URI.create(ISSUER), pem, null, null, List.of(APP_ORIGIN),
                Duration.ofSeconds(5), null, null);
    }

    private static ClerkProperties withSecretKey(URI apiUrl) {
        return new ClerkProperties("pk_test_x", URI.create(ISSUER + "/"), null, "sk_test_wecruit", apiUrl,
                List.of(APP_ORIGIN), Duration.ofSeconds(5), null, null);
    }

    /** Clerk's Backend API on loopback, serving only {@code /v1/jwks}. */
    private static final class JwksServer implements AutoCloseable {

        private final HttpServer server;
        private final AtomicReference<String> jwks = new AtomicReference<>("{\"keys\":[]}");
        private final AtomicInteger fetches = new AtomicInteger();
        private final AtomicReference<String> authorization = new AtomicReference<>();

        JwksServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/v1/jwks", exchange -> {
                fetches.incrementAndGet();
                authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        void publish(String... keys) {
            jwks.set("{\"keys\":[" + String.join(",", keys) + "]}");
        }

        URI url() {
            return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                    + server.getAddress().getPort());
        }

        int fetches() {
            return fetches.get();
        }

        String lastAuthorization() {
            return authorization.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
