package dev.wecruit.auth.internal;

import dev.wecruit.auth.AuthMode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in ({@code wecruit.auth.*}).
 *
 * @param mode {@code local} (default) or {@code clerk}
 * @param invitationValidity how long an invited member's one-time password works
 * @param clerk the Clerk instance, for {@code clerk} mode
 */
@ConfigurationProperties("wecruit.auth")
public record AuthProperties(AuthMode mode, Duration invitationValidity, Clerk clerk) {

    public AuthProperties {
        mode = mode == null ? AuthMode.LOCAL : mode;
        invitationValidity = invitationValidity == null ? Duration.ofDays(7) : invitationValidity;
        clerk = clerk == null ? new Clerk(null, null, null, null, null, null, null, null) : clerk;
        // Clerk mode's settings are checked where they are used, naming what is missing: ClerkTokenVerifier and
        // ClerkScriptInstaller, both built at startup in Clerk mode
    }

    /**
     * A Clerk instance.
     *
     * @param publishableKey loads Clerk.js on every page ({@code pk_live_...})
     * @param frontendApi the instance's Frontend API URL: where Clerk.js comes from, and every token's {@code iss}
     * @param jwtKey the instance's PEM public key: verifies tokens without a network call
     * @param secretKey the instance's secret key: fetches its signing keys (JWKS) instead of {@code jwtKey}
     * @param apiUrl Clerk's Backend API, for the JWKS (tests point it at a local stand-in)
     * @param authorizedParties the origins the app is served from; a token's {@code azp} must be one of them
     * @param clockSkew how far clocks may disagree when checking {@code exp}, {@code nbf} and {@code iat}
     * @param webhookSecret the Svix signing secret of the webhook endpoint ({@code whsec_...})
     */
    public record Clerk(String publishableKey, URI frontendApi, String jwtKey, String secretKey, URI apiUrl,
            List<String> authorizedParties, Duration clockSkew, String webhookSecret) {

        public Clerk {
            apiUrl = apiUrl == null ? URI.create("https://api.clerk.com") : apiUrl;
            authorizedParties = authorizedParties == null ? List.of() : List.copyOf(authorizedParties);
            clockSkew = clockSkew == null ? Duration.ofSeconds(5) : clockSkew;
        }

        /** The issuer every token must name: the Frontend API URL without a trailing slash. */
        public String issuer() {
            String url = frontendApi.toString();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }
}
