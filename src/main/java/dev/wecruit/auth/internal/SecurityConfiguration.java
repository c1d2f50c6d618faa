package dev.wecruit.auth.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.AuthMode;
import dev.wecruit.auth.ui.ClerkSignInView;
import dev.wecruit.auth.ui.LoginView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;


/**
 * Every view requires sign-in except the sign-in pages. Local mode: email and password, the member kept in the HTTP
 * session and read again on every request. Clerk mode: the Clerk session token of every request, nothing kept in
 * the session; Clerk's webhooks have a chain of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInThrottleProperties.class, AuthProperties.class})
class SecurityConfiguration {

    /** How long a one-time password keeps working once it has signed someone in: enough to choose a new one. */
    static final java.time.Duration ONE_TIME_PASSWORD_AFTER_USE = java.time.Duration.ofMinutes(15);

    /**
     * Clerk's webhooks: Svix signs each message, so no session, no CSRF token and no sign-in apply; the controller
     * verifies the signature before anything else. First, so the Vaadin chain below never sees them.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "clerk")
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

    /** Only with a web server: the rotate-pii-keys command runs without one. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthProperties properties, AccountRepository accounts,
            OrganizationService organizations, ObjectProvider<ClerkSessionFilter> clerkSessionFilter)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**", "/actuator/health", "/actuator/health/**").permitAll());
        if (properties.mode() == AuthMode.CLERK) {
            // the member comes from each request's token: nothing is read from or kept in the HTTP session
            http.securityContext(context -> context.securityContextRepository(
                    new RequestAttributeSecurityContextRepository()));
            http.addFilterAfter(clerkSessionFilter.getObject(), SecurityContextHolderFilter.class);
            // Clerk signs people in: the form login Vaadin sets up for its login view refuses every password
            http.authenticationManager(authentication -> {
                throw new DisabledException("Password sign-in is off in Clerk mode");
            });
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(ClerkSignInView.class));
        } else {
            http.addFilterAfter(new SignedInMemberRefreshFilter(accounts, organizations),
                    SecurityContextHolderFilter.class);
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with the algorithm id stored in the hash so it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SignInThrottle signInThrottle(JdbcTemplate jdbc, SignInThrottleProperties properties,
            ObjectProvider<Clock> clock) {
        return new SignInThrottle(jdbc, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    LocalAuthenticationProvider localAuthenticationProvider(AccountRepository accounts,
            OrganizationService organizations, PasswordEncoder passwordEncoder, SignInThrottle throttle,
            AuditLog audit, CurrentTenant currentTenant, ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return new LocalAuthenticationProvider(new LocalUserDetailsService(accounts, organizations, time),
                passwordEncoder, throttle, new SignInAudit(audit, currentTenant, organizations, accounts),
                member -> accounts.findById(member.accountId()).ifPresent(account -> {
                    account.oneTimePasswordUsed(time.instant().plus(ONE_TIME_PASSWORD_AFTER_USE));
                    accounts.save(account);
                }));
    }
}
