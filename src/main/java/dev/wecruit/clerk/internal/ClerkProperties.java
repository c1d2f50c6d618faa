package dev.wecruit.clerk.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Clerk instance ({@code wecruit.auth.clerk.*}), for Clerk mode. Settings are checked where they are used, naming
 * what is missing: the token verifier and the script installer at startup, the Backend API client when an admin
 * first changes a member.
 *
 * @param publishableKey loads Clerk.js on every page ({@code pk_live_...})
 * @param frontendApi the instance's Frontend API URL: where Clerk.js comes from, and every token's {@code iss}
 * @param jwtKey the instance's PEM public key: verifies tokens without a network call
 * @param secretKey the instance's secret key: fetches its signing keys (JWKS) instead of {@code jwtKey}, and lets
 *     admins invite, re-role and remove members through Clerk's Backend API
 * @param apiUrl Clerk's Backend API, for the JWKS and member administration (tests point it at a local stand-in)
 * @param authorizedParties the origins the app is served from; a token's {@code azp} must be one of them
 * @param clockSkew how far clocks may disagree when checking {@code exp}, {@code nbf} and {@code iat}
 * @param webhookSecret the Svix signing secret of the webhook endpoint ({@code whsec_...})
 * @param apiTimeout how long a call to the Backend API may take before the admin is told Clerk did not answer
 */
@ConfigurationProperties("wecruit.auth.clerk")
public record ClerkProperties(String publishableKey, URI frontendApi, String jwtKey, String secretKey, URI apiUrl,
        List<String> authorizedParties, Duration clockSkew, String webhookSecret, Duration apiTimeout) {

    public ClerkProperties {
        apiUrl = apiUrl == null ? URI.create("https://api.clerk.com") : apiUrl;
        authorizedParties = authorizedParties == null ? List.of() : List.copyOf(authorizedParties);
        clockSkew = clockSkew == null ? Duration.ofSeconds(5) : clockSkew;
        apiTimeout = apiTimeout == null ? Duration.ofSeconds(10) : apiTimeout;
    }

    /** The issuer every token must name: the Frontend API URL without a trailing slash. */
    public String issuer() {
        String url = frontendApi.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The Backend API's base URL without a trailing slash. */
    public String apiBase() {
        String url = apiUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether the secret key is set: without it the Backend API cannot be called. */
    public boolean hasSecretKey() {
        return secretKey != null && !secretKey.isBlank();
    }
}
