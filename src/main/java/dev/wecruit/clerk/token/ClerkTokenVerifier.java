package dev.wecruit.clerk.token;

import com.clerk.backend_api.helpers.security.VerifyToken;
import com.clerk.backend_api.helpers.security.models.TokenVerificationException;
import com.clerk.backend_api.helpers.security.models.VerifyTokenOptions;
import dev.wecruit.clerk.internal.ClerkProperties;
import dev.wecruit.clerk.token.ClerkSession.OrgClaims;
import io.jsonwebtoken.Claims;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies Clerk session tokens with Clerk's SDK, then checks what the SDK leaves out.
 *
 * <p><b>Keys.</b> With {@code wecruit.auth.clerk.jwt-key} (the instance's PEM public key) no network call is made.
 * Otherwise the SDK fetches the instance's JWKS from {@code {api-url}/v1/jwks} with the secret key. The SDK keeps
 * each key by its {@code kid} for five minutes, JVM-wide, and fetches the JWKS again whenever a token names a
 * {@code kid} it does not hold: a rotated key is picked up on the first token signed with it. Because any forger can
 * name a new {@code kid}, and the SDK's fetch has no timeout, fetches for unknown kids go one at a time here and at
 * most once per {@code unknownKidRefreshInterval}; tokens signed with keys seen recently never wait for them.
 *
 * <p><b>Checks beyond the SDK.</b> The SDK verifies the signature, {@code exp}, {@code nbf}, {@code iat} and an
 * {@code azp} that is present. It does not check {@code iss}, accepts a token without {@code azp}, without
 * {@code exp} or without {@code sub}, and accepts every RSA algorithm. This class requires RS256 (what Clerk signs
 * with), the instance's issuer, an {@code azp} among the configured origins, {@code exp}, {@code sub} and
 * {@code sid}.
 *
 * <p><b>Organization.</b> Read from both token shapes (v2's {@code o} object, v1's flat {@code org_*} claims). A
 * session whose status ({@code sts}) is {@code pending} has tasks left in Clerk, such as choosing an organization:
 * it acts for no firm yet.
 */
public class ClerkTokenVerifier {

    /** How long a key counts as known after a token signed with it verified: the SDK's own cache time. */
    private static final Duration KNOWN_KEY_TIME = Duration.ofMinutes(5);
    /** How long a token waits for another request's fetch of the JWKS before it is refused. */
    private static final long FETCH_WAIT_SECONDS = 5;
    /** Session tokens are about 1 KB; anything far larger is not one, and is not worth parsing. */
    private static final int MAX_TOKEN_LENGTH = 16 * 1024;
    /** What Clerk ids look like ({@code user_...}, {@code org_...}, {@code sess_...}); the database keeps up to 100. */
    private static final Pattern CLERK_ID = Pattern.compile("[A-Za-z0-9_]{1,100}");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final VerifyTokenOptions options;
    private final boolean networkless;
    private final String issuer;
    private final Set<String> authorizedParties;
    private final Duration unknownKidRefreshInterval;
    private final Map<String, Instant> knownKids = new ConcurrentHashMap<>();
    private final ReentrantLock unknownKidFetch = new ReentrantLock();
    private Instant lastUnknownKidFetch = Instant.EPOCH;

    /**
     * @throws IllegalStateException when Clerk mode is not configured well enough to verify anything; the message
     *         names the setting
     */
    public ClerkTokenVerifier(ClerkProperties clerk) {
        this(clerk, Duration.ofSeconds(1));
    }

    ClerkTokenVerifier(ClerkProperties clerk, Duration unknownKidRefreshInterval) {
        this.unknownKidRefreshInterval = unknownKidRefreshInterval;
        if (clerk.frontendApi() == null || clerk.frontendApi().toString().isBlank()) {
            throw new IllegalStateException("Clerk mode needs wecruit.auth.clerk.frontend-api, the instance's Frontend"
                    + " API URL (such as https://clerk.example.com): every token's issuer must be it");
        }
        this.issuer = clerk.issuer();
        this.authorizedParties = new LinkedHashSet<>();
        clerk.authorizedParties().stream().filter(party -> party != null && !party.isBlank())
                .map(String::strip).forEach(authorizedParties::add);
        if (authorizedParties.isEmpty()) {
            throw new IllegalStateException("Clerk mode needs wecruit.auth.clerk.authorized-parties, the origins the"
                    + " app is served from (such as https://wecruit.example.com): a token made for another site must"
                    + " not sign anybody in here");
        }
        long skewMillis = clerk.clockSkew().toMillis();
        VerifyTokenOptions.Builder builder;
        if (present(clerk.jwtKey())) {
            requireRsaPublicKey(clerk.jwtKey());
            builder = VerifyTokenOptions.jwtKey(clerk.jwtKey().strip());
            networkless = true;
        } else if (present(clerk.secretKey())) {
            builder = VerifyTokenOptions.secretKey(clerk.secretKey().strip()).apiUrl(clerk.apiBase());
            networkless = false;
        } else {
            throw new IllegalStateException("Clerk mode needs wecruit.auth.clerk.jwt-key (the instance's PEM public"
                    + " key, no network calls) or wecruit.auth.clerk.secret-key (fetches the keys from Clerk)");
        }
        this.options = builder.authorizedParties(authorizedParties).clockSkew(skewMillis, TimeUnit.MILLISECONDS)
                .build();
    }

    /**
     * The session a token proves.
     *
     * @throws ClerkTokenRejectedException when it proves nothing; its reason code is for the operator only
     */
    public ClerkSession verify(String token) throws ClerkTokenRejectedException {
        String kid = header(token);
        if (networkless) {
            return checked(verifiedBySdk(token, null));
        }
        if (kid == null) {
            throw new ClerkTokenRejectedException("kid-missing");
        }
        if (isKnown(kid)) {
            return checked(verifiedBySdk(token, kid));
        }
        return checked(verifiedWithUnknownKid(token, kid));
    }

    /** Reads the header before the SDK does: the SDK lets some malformed input escape as unchecked exceptions. */
    private static String header(String token) throws ClerkTokenRejectedException {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new ClerkTokenRejectedException("malformed");
        }
        // the SDK sends these prefixes to its API-key and machine-token verifiers, which call Clerk's API
        if (token.startsWith("ak_") || token.startsWith("mt_") || token.startsWith("oat_")) {
            throw new ClerkTokenRejectedException("not-a-session-token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new ClerkTokenRejectedException("malformed");
        }
        JsonNode header;
        try {
            header = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JacksonException e) {
            throw new ClerkTokenRejectedException("malformed", e);
        }
        if (header == null || !header.isObject()) {
            throw new ClerkTokenRejectedException("malformed");
        }
        // Clerk signs session tokens with RS256; "none", HMAC (keyed with the public key) and the rest are forgeries
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isString() || !"RS256".equals(alg.stringValue())) {
            throw new ClerkTokenRejectedException("alg-not-allowed");
        }
        if (parts[2].isEmpty()) {
            throw new ClerkTokenRejectedException("malformed");
        }
        JsonNode kid = header.get("kid");
        return kid != null && kid.isString() && !kid.stringValue().isBlank() ? kid.stringValue() : null;
    }

    private boolean isKnown(String kid) {
        Instant verifiedAt = knownKids.get(kid);
        return verifiedAt != null && verifiedAt.plus(KNOWN_KEY_TIME).isAfter(Instant.now());
    }

    /** A kid not seen lately makes the SDK fetch the JWKS: one such fetch at a time, and not too often. */
    private Claims verifiedWithUnknownKid(String token, String kid) throws ClerkTokenRejectedException {
        try {
            if (!unknownKidFetch.tryLock(FETCH_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ClerkTokenRejectedException("jwks-busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClerkTokenRejectedException("interrupted", e);
        }
        try {
            if (isKnown(kid)) {
                // the request this one waited for fetched the same new key
                return verifiedBySdk(token, kid);
            }
            Instant now = Instant.now();
            if (now.isBefore(lastUnknownKidFetch.plus(unknownKidRefreshInterval))) {
                throw new ClerkTokenRejectedException("jwks-refresh-throttled");
            }
            lastUnknownKidFetch = now;
            return verifiedBySdk(token, kid);
        } finally {
            unknownKidFetch.unlock();
        }
    }

    private Claims verifiedBySdk(String token, String kid) throws ClerkTokenRejectedException {
        Object payload;
        try {
            payload = VerifyToken.verifyToken(token, options).payload();
        } catch (TokenVerificationException e) {
            throw new ClerkTokenRejectedException(e.reason() == null ? "token-invalid" : e.reason().id(), e);
        } catch (IOException e) {
            throw new ClerkTokenRejectedException("jwk-failed-to-load", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClerkTokenRejectedException("interrupted", e);
        } catch (RuntimeException e) {
            // parsing attacker-made input: whatever breaks in it is a rejection, never a server error
            throw new ClerkTokenRejectedException("token-invalid", e);
        }
        if (!(payload instanceof Claims claims)) {
            throw new ClerkTokenRejectedException("not-a-session-token");
        }
        if (kid != null) {
            // the signature verified with this key: the SDK holds it now
            knownKids.put(kid, Instant.now());
        }
        return claims;
    }

    private ClerkSession checked(Claims claims) throws ClerkTokenRejectedException {
        try {
            String tokenIssuer = claims.get("iss") instanceof String value ? value : null;
            if (tokenIssuer == null) {
                throw new ClerkTokenRejectedException("issuer-missing");
            }
            if (!issuer.equals(withoutTrailingSlash(tokenIssuer))) {
                throw new ClerkTokenRejectedException("issuer-mismatch");
            }
            String azp = text(claims.get("azp"));
            if (azp == null) {
                throw new ClerkTokenRejectedException("azp-missing");
            }
            if (!authorizedParties.contains(azp)) {
                throw new ClerkTokenRejectedException("token-invalid-authorized-parties");
            }
            if (claims.getExpiration() == null) {
                throw new ClerkTokenRejectedException("exp-missing");
            }
            String userId = text(claims.get("sub"));
            if (userId == null) {
                throw new ClerkTokenRejectedException("sub-missing");
            }
            if (!CLERK_ID.matcher(userId).matches()) {
                throw new ClerkTokenRejectedException("sub-invalid");
            }
            String sessionId = text(claims.get("sid"));
            if (sessionId == null) {
                throw new ClerkTokenRejectedException("sid-missing");
            }
            if (!CLERK_ID.matcher(sessionId).matches()) {
                throw new ClerkTokenRejectedException("sid-invalid");
            }
            return new ClerkSession(userId, sessionId, organization(claims),
                    Optional.ofNullable(text(claims.get("email"))),
                    Optional.ofNullable(text(claims.get("name"))));
        } catch (RuntimeException e) {
            // a claim of an unexpected type (jjwt converts on access)
            throw new ClerkTokenRejectedException("claims-invalid", e);
        }
    }

    private static Optional<OrgClaims> organization(Claims claims) throws ClerkTokenRejectedException {
        if ("pending".equals(text(claims.get("sts")))) {
            return Optional.empty();
        }
        String id;
        String role;
        String slug;
        if ("2".equals(String.valueOf(claims.get("v")))) {
            if (!(claims.get("o") instanceof Map<?, ?> o)) {
                return Optional.empty();
            }
            id = text(o.get("id"));
            role = text(o.get("rol"));
            slug = text(o.get("slg"));
        } else {
            id = text(claims.get("org_id"));
            role = text(claims.get("org_role"));
            slug = text(claims.get("org_slug"));
        }
        if (id == null) {
            return Optional.empty();
        }
        if (!CLERK_ID.matcher(id).matches()) {
            throw new ClerkTokenRejectedException("org-invalid");
        }
        return Optional.of(new OrgClaims(id, ClerkRoles.toRole(role), slug));
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private static boolean present(String setting) {
        return setting != null && !setting.isBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A bad PEM would otherwise reject every token as "jwk-local-invalid": say so at startup instead. */
    private static void requireRsaPublicKey(String pem) {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("wecruit.auth.clerk.jwt-key is not an RSA public key in PEM form (Clerk"
                    + " dashboard, API keys, \"JWT public key\", PEM)", e);
        }
    }
}
