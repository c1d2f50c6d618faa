package dev.wecruit.clerk;

import com.svix.Webhook;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in Clerk instance for tests: its signing keys, session tokens as Clerk makes them (v1 and v2), and
 * webhook messages signed as Svix signs them. Ids are unique per call, so tests can share one database.
 */
public final class TestClerk {

    /** The instance's Frontend API: every token's issuer. */
    public static final String ISSUER = "https://clerk.wecruit.test";
    /** Where the app is served from: every token's {@code azp}. */
    public static final String APP_ORIGIN = "https://app.wecruit.test";
    /** The instance's signing keys. */
    public static final KeyPair KEYS = newKeyPair();

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestClerk() {
    }

    /** A 2048-bit RSA key pair, as Clerk signs with (jjwt refuses shorter ones). */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key as Clerk's dashboard shows it ("JWT public key", PEM). */
    public static String pem(PublicKey key) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    /** A fresh id in Clerk's form, such as {@code org_3f9a...}. */
    /** A key as a JWKS lists it (RS256): its modulus and exponent, base64url without leading zero bytes. */
    public static String jwk(String kid, KeyPair keys) {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return """
                {"kid":"%s","kty":"RSA","alg":"RS256","use":"sig","n":"%s","e":"%s"}"""
                .formatted(kid, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String id(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A session token of the user, valid for a minute, signed with {@link #KEYS}, without an active organization. */
    public static Token aToken(String userId) {
        return new Token(userId);
    }

    /** A webhook signing secret as Clerk's dashboard shows it. */
    public static String newWebhookSecret() {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        return "whsec_" + Base64.getEncoder().encodeToString(raw);
    }

    /** The {@code svix-signature} header of a message, as Svix computes it. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            return new Webhook(secret).sign(messageId, timestampSeconds, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session token being made. */
    public static final class Token {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant issuedAt = Instant.now().minusSeconds(2);
        private Instant notBefore = Instant.now().minusSeconds(2);
        private Instant expiresAt = Instant.now().plusSeconds(60);
        private PrivateKey key = KEYS.getPrivate();
        private String kid;

        private Token(String userId) {
            claims.put("iss", ISSUER);
            claims.put("sub", userId);
            claims.put("azp", APP_ORIGIN);
            claims.put("sid", id("sess"));
        }

        /** The organization active in the session, in the v2 shape: {@code "v": 2, "o": {id, rol, slg}}. */
        public Token v2Organization(String orgId, String role, String slug) {
            claims.put("v", 2);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", orgId);
            o.put("rol", role);
            if (slug != null) {
                o.put("slg", slug);
            }
            claims.put("o", o);
            return this;
        }

        /** The organization active in the session, in the v1 shape: {@code org_id}, {@code org_role}, {@code org_slug}.
         */
        public Token v1Organization(String orgId, String role, String slug) {
            claims.put("org_id", orgId);
            claims.put("org_role", role);
            if (slug != null) {
                claims.put("org_slug", slug);
            }
            return this;
        }

        public Token claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        public Token issuer(String issuer) {
            return claim("iss", issuer);
        }

        public Token authorizedParty(String azp) {
            return claim("azp", azp);
        }

        public Token session(String sessionId) {
            return claim("sid", sessionId);
        }

        public Token issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        public Token notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        public Token expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Token signedWith(PrivateKey key) {
            this.key = key;
            return this;
        }

        public Token kid(String kid) {
            this.kid = kid;
            return this;
        }

        /** Signed with RS256, as Clerk signs. */
        public String sign() {
            return builder().signWith(key, Jwts.SIG.RS256).compact();
        }

        /** An unsecured token ({@code "alg": "none"}). */
        public String unsigned() {
            return builder().compact();
        }

        /** The alg-confusion forgery: HS256, keyed with bytes an attacker knows (the public key). */
        public String hmacWith(byte[] secret) {
            return builder().signWith(Keys.hmacShaKeyFor(secret), Jwts.SIG.HS256).compact();
        }

        private JwtBuilder builder() {
            JwtBuilder builder = Jwts.builder();
            if (kid != null) {
                builder.header().keyId(kid).and();
            }
            builder.claims(claims);
            if (issuedAt != null) {
                builder.issuedAt(Date.from(issuedAt));
            }
            if (notBefore != null) {
                builder.notBefore(Date.from(notBefore));
            }
            if (expiresAt != null) {
                builder.expiration(Date.from(expiresAt));
            }
            return builder;
        }
    }
}
