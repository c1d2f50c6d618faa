package dev.wecruit.auth.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.ui.LoginView;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;


/** Every view requires sign-in except the login page; local accounts sign in with email and password. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInThrottleProperties.class, AuthProperties.class})
class SecurityConfiguration {

    /** Only with a web server: the rotate-pii-keys command runs without one. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts,
            OrganizationService organizations) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**", "/actuator/health", "/actuator/health/**").permitAll());
        http.addFilterAfter(new SignedInMemberRefreshFilter(accounts, organizations), SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
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
        return new LocalAuthenticationProvider(new LocalUserDetailsService(accounts, organizations,
                clock.getIfAvailable(Clock::systemUTC)), passwordEncoder,
                throttle, new SignInAudit(audit, currentTenant, organizations, accounts));
    }
}
