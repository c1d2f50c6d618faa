package dev.wecruit.auth.internal;

import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignInAudit;
import dev.wecruit.auth.spi.SignInChain;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;


/**
 * Every view requires sign-in except the sign-in pages and static resources. How a request is signed in is the
 * active sign-in mode's part of the chain ({@link SignInChain}): local accounts here ({@link LocalSignIn}), Clerk in
 * the clerk module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInThrottleProperties.class, AuthProperties.class})
class SecurityConfiguration {

    /** How long a one-time password keeps working once it has signed someone in: enough to choose a new one. */
    static final java.time.Duration ONE_TIME_PASSWORD_AFTER_USE = java.time.Duration.ofMinutes(15);

    /** Only with a web server: the rotate-pii-keys command runs without one. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInChain signIn) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**", "/actuator/health", "/actuator/health/**").permitAll()
                // the dashboard's chart library (ECharts from its webjar, decision 0029): public code, no data
                .requestMatchers("/webjars/echarts/**").permitAll());
        signIn.configure(http);
        return http.build();
    }

    /**
     * Where local mode keeps the signed-in member between requests: Spring Security's default pair, this request's
     * attribute and the HTTP session. Every change of the member (a refresh, a switch of firm, a new password) is
     * saved through it ({@link dev.wecruit.auth.spi.SignedInMembers}), never by writing the session attribute.
     */
    @Bean
    @ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "local", matchIfMissing = true)
    SecurityContextRepository localSecurityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
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
