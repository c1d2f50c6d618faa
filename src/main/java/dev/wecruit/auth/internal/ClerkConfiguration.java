package dev.wecruit.auth.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.tenancy.ClerkDirectory;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clerk mode ({@code wecruit.auth.mode=clerk}): the token verifier, first-sight provisioning, the per-request
 * sign-in filter and the webhook handling. Missing or malformed Clerk settings stop the app at startup with a message
 * naming the setting, rather than rejecting every sign-in later. Only with a web server: the rotate-pii-keys command
 * runs without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "clerk")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ClerkConfiguration {

    @Bean
    ClerkTokenVerifier clerkTokenVerifier(AuthProperties properties) {
        return new ClerkTokenVerifier(properties.clerk());
    }

    @Bean
    ClerkProvisioning clerkProvisioning(ClerkDirectory directory, AccountRepository accounts,
            ClerkAccountTimes accountTimes, TransactionTemplate transactions, AuditLog audit) {
        return new ClerkProvisioning(directory, accounts, accountTimes, transactions, audit);
    }

    @Bean
    ClerkSessionFilter clerkSessionFilter(ClerkTokenVerifier verifier, ClerkProvisioning provisioning,
            OrganizationService organizations, AccountRepository accounts, AuditLog audit,
            CurrentTenant currentTenant, ObjectProvider<RequestUtil> vaadinRequests) {
        return new ClerkSessionFilter(verifier, provisioning, organizations,
                new SignInAudit(audit, currentTenant, organizations, accounts), audit,
                vaadinRequests.getIfAvailable());
    }

    /** The filter runs inside Spring Security's chain (SecurityConfiguration), not again as a servlet filter. */
    @Bean
    FilterRegistrationBean<ClerkSessionFilter> clerkSessionFilterOutsideTheSecurityChain(ClerkSessionFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    ClerkWebhookEvents clerkWebhookEvents(ClerkDirectory directory, ClerkProvisioning provisioning,
            AccountRepository accounts, TransactionTemplate transactions, JdbcTemplate jdbc, AuditLog audit) {
        return new ClerkWebhookEvents(directory, provisioning, accounts, transactions, jdbc, audit);
    }
}
