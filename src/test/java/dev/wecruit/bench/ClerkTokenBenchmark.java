package dev.wecruit.bench;

import static dev.wecruit.clerk.TestClerk.APP_ORIGIN;
import static dev.wecruit.clerk.TestClerk.ISSUER;
import static dev.wecruit.clerk.TestClerk.KEYS;
import static dev.wecruit.clerk.TestClerk.aToken;
import static dev.wecruit.clerk.TestClerk.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.wecruit.clerk.TestClerk;
import dev.wecruit.clerk.internal.ClerkProperties;
import dev.wecruit.clerk.token.ClerkTokenRejectedException;
import dev.wecruit.clerk.token.ClerkTokenVerifier;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Clerk session tokens, Clerk's SDK (with Wecruit's checks) against Spring Security's Nimbus decoder (with
 * validators for iss, azp and sid): cost per verified token, with the PEM key and with a JWKS on loopback, and how
 * each treats a rotated key and tokens naming unknown keys (decision 0021). Prints; asserts only that both verify.
 */
class ClerkTokenBenchmark {

    private static final int WARM_UP = 5_000;
    private static final int SAMPLES = 20_000;

    @Test
    void clerk_sdk_against_spring_nimbus() throws Exception {
        String kid = "ins_bench";
        KeyPair rotated = TestClerk.newKeyPair();
        try (var jwks = new Jwks()) {
            jwks.publish(TestClerk.jwk(kid, KEYS));
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tokens.add(aToken(id("user")).kid(kid).v2Organization(id("org"), "admin", null).sign());
            }

            ClerkTokenVerifier sdkPem = new ClerkTokenVerifier(properties(TestClerk.pem(KEYS.getPublic()), null,
                    null));
            ClerkTokenVerifier sdkJwks = new ClerkTokenVerifier(properties(null, "sk_test_bench", jwks.url()));
            JwtDecoder nimbusPem = validated(NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic())
                    .build());
            JwtDecoder nimbusJwks = validated(NimbusJwtDecoder.withJwkSetUri(jwks.url() + "/v1/jwks").build());

            report("Clerk SDK + checks, PEM key", time(tokens, token -> sdkPem.verify(token)));
            report("Clerk SDK + checks, JWKS (known kid)", time(tokens, token -> sdkJwks.verify(token)));
            report("Spring NimbusJwtDecoder + validators, PEM key", time(tokens, nimbusPem::decode));
            report("Spring NimbusJwtDecoder + validators, JWKS (known kid)", time(tokens, nimbusJwks::decode));
            System.out.printf("JWKS fetches after %d verifications each: %d%n", WARM_UP + SAMPLES, jwks.fetches());

            // a new signing key: published, then a token names it
            String newKid = "ins_rotated";
            jwks.publish(TestClerk.jwk(kid, KEYS), TestClerk.jwk(newKid, rotated));
            String rotatedToken = aToken(id("user")).kid(newKid).signedWith(rotated.getPrivate()).sign();
            int before = jwks.fetches();
            boolean sdkAccepts = accepts(() -> sdkJwks.verify(rotatedToken));
            int sdkFetches = jwks.fetches() - before;
            before = jwks.fetches();
            boolean nimbusAccepts = accepts(() -> nimbusJwks.decode(rotatedToken));
            int nimbusFetches = jwks.fetches() - before;
            System.out.printf("rotated key, first token: SDK %s after %d fetch(es); Nimbus %s after %d fetch(es)%n",
                    sdkAccepts ? "accepts" : "refuses", sdkFetches, nimbusAccepts ? "accepts" : "refuses",
                    nimbusFetches);

            // 100 forged tokens, each naming a kid nobody published, as fast as they come
            before = jwks.fetches();
            long started = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                String forged = aToken(id("user")).kid("forged_" + i).sign();
                accepts(() -> sdkJwks.verify(forged));
            }
            System.out.printf("100 unknown kids: SDK + throttle %d fetches in %.0f ms%n", jwks.fetches() - before,
                    (System.nanoTime() - started) / 1e6);
            before = jwks.fetches();
            started = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                String forged = aToken(id("user")).kid("forged_" + i).sign();
                accepts(() -> nimbusJwks.decode(forged));
            }
            System.out.printf("100 unknown kids: Nimbus %d fetches in %.0f ms%n", jwks.fetches() - before,
                    (System.nanoTime() - started) / 1e6);
            assertThat(sdkAccepts).isTrue();
        }
    }

    private static JwtDecoder validated(NimbusJwtDecoder decoder) {
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER),
                new JwtClaimValidator<String>("azp", APP_ORIGIN::equals),
                new JwtClaimValidator<Object>("sid", Objects::nonNull)));
        return decoder;
    }

    private interface Verify {
        Object verify(String token) throws Exception;
    }

    private interface Attempt {
        Object run() throws Exception;
    }

    private static boolean accepts(Attempt attempt) {
        try {
            return attempt.run() != null;
        } catch (ClerkTokenRejectedException | JwtException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timings time(List<String> tokens, Verify verify) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(verify.verify(tokens.get(i % tokens.size()))).isNotNull();
        }
        var timings = new Timings(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            String token = tokens.get(i % tokens.size());
            long started = System.nanoTime();
            verify.verify(token);
            timings.add(System.nanoTime() - started);
        }
        return timings;
    }

    private static void report(String what, Timings timings) {
        System.out.printf("%-56s median %.3f ms, p95 %.3f ms%n", what, timings.medianMillis(), timings.p95Millis());
    }

    private static ClerkProperties properties(String pem, String secretKey, URI apiUrl) {
        return new ClerkProperties("pk_test_x", URI.create(ISSUER), pem, secretKey, apiUrl, List.of(APP_ORIGIN),
                Duration.ofSeconds(5), null, null);
    }

    /** A JWKS on loopback, counting fetches. */
    private static final class Jwks implements AutoCloseable {

        private final HttpServer server;
        private final AtomicReference<String> keys = new AtomicReference<>("{\"keys\":[]}");
        private final AtomicInteger fetches = new AtomicInteger();

        Jwks() throws Exception {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/v1/jwks", exchange -> {
                fetches.incrementAndGet();
                byte[] body = keys.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        void publish(String... jwks) {
            keys.set("{\"keys\":[" + String.join(",", jwks) + "]}");
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        int fetches() {
            return fetches.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
