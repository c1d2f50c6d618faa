package dev.wecruit.clerk.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignInAudit;
import dev.wecruit.auth.spi.SignedInMembers;
import dev.wecruit.clerk.token.ClerkTokenVerifier;
import dev.wecruit.tenancy.ClerkDirectory;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clerk mode ({@code wecruit.auth.mode=clerk}). Without a web server (the rotate-pii-keys command) only the settings
 * and the security context repository exist; with one, the token verifier, first-sight provisioning, the
 * per-request sign-in, the webhook chain and handling, and the Backend API client for member administration.
 * Missing or malformed Clerk settings stop the app at startup with a message naming the setting, rather than
 * rejecting every sign-in later.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "clerk")
@EnableConfigurationProperties(ClerkProperties.class)
class ClerkConfiguration {

    /**
     * Every request brings its own token: the signed-in member is kept for this request only (Spring Security's
     * request-attribute repository), never in the HTTP session.
     */
    @Bean
    SecurityContextRepository clerkSecurityContextRepository() {
        return new RequestAttributeSecurityContextRepository();
    }

    /** Repeats the mode condition: component scanning finds a nested configuration on its own. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "clerk")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        ClerkTokenVerifier clerkTokenVerifier(ClerkProperties properties) {
            return new ClerkTokenVerifier(properties);
        }

        @Bean
        ClerkProvisioning clerkProvisioning(ClerkDirectory directory, AccountRepository accounts,
                ClerkAccountTimes accountTimes, TransactionTemplate transactions, AuditLog audit) {
            return new ClerkProvisioning(directory, accounts, accountTimes, transactions, audit);
        }

        @Bean
        ClerkSessionFilter clerkSessionFilter(ClerkTokenVerifier verifier, ClerkProvisioning provisioning,
                OrganizationService organizations, AccountRepository accounts, AuditLog audit,
                CurrentTenant currentTenant, SignedInMembers signedIn, ObjectProvider<RequestUtil> vaadinRequests) {
            return new ClerkSessionFilter(verifier, new ClerkMembers(provisioning, organizations),
                    new ClerkSessionBinding(new SignInAudit(audit, currentTenant, organizations, accounts)),
                    new RequestKinds(vaadinRequests.getIfAvailable()), signedIn, audit);
        }

        @Bean
        ClerkBearerSignIn clerkBearerSignIn(ClerkTokenVerifier verifier, ClerkProvisioning provisioning,
                OrganizationService organizations, AuditLog audit) {
            return new ClerkBearerSignIn(verifier, new ClerkMembers(provisioning, organizations), audit);
        }

        /** The filter runs inside Spring Security's chain (ClerkSignIn), not again as a servlet filter. */
        @Bean
        FilterRegistrationBean<ClerkSessionFilter> clerkSessionFilterOutsideTheSecurityChain(
                ClerkSessionFilter filter) {
            var registration = new FilterRegistrationBean<>(filter);
            registration.setEnabled(false);
            return registration;
        }

        @Bean
        ClerkSignIn clerkSignIn(ClerkSessionFilter filter, SecurityContextRepository contexts,
                OrganizationService organizations) {
            return new ClerkSignIn(filter, contexts, organizations);
        }

        /**
         * Clerk's webhooks: Svix signs each message, so no session, no CSRF token and no sign-in apply; the
         * controller verifies the signature before anything else. First, so the views' chain never sees them.
         */
        @Bean
        @Order(1)
        SecurityFilterChain clerkWebhookFilterChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/api/webhooks/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(AbstractHttpConfigurer::disable)
                    .requestCache(AbstractHttpConfigurer::disable)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context -> context.securityContextRepository(
                            new RequestAttributeSecurityContextRepository()));
            return http.build();
        }

        @Bean
        ClerkWebhookEvents clerkWebhookEvents(ClerkDirectory directory, ClerkProvisioning provisioning,
                AccountRepository accounts, TransactionTemplate transactions, JdbcTemplate jdbc, AuditLog audit) {
            return new ClerkWebhookEvents(directory, provisioning, accounts, transactions, jdbc, audit);
        }
    }
}
