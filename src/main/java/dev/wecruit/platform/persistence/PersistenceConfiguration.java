package dev.wecruit.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires tenancy into Hibernate ({@code @TenantId}) and into every transaction (row-level security). */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "memberAuditor", dateTimeProviderRef = "auditingClock")
class PersistenceConfiguration {

    /** Instants, not the default LocalDateTime in the JVM's zone, which repeats an hour when clocks go back. */
    @Bean
    DateTimeProvider auditingClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @Bean
    AuditorAware<UUID> memberAuditor(TenantIdSource tenants) {
        return tenants::currentMemberId;
    }

    @Bean
    HibernatePropertiesCustomizer tenantIdentifierResolver(TenantIdSource tenants) {
        // Boot does not pick up a resolver bean by itself
        return properties -> properties.put(
                MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantIdentifierResolver(tenants));
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory emf, TenantIdSource tenants) {
        return new TenantAwareJpaTransactionManager(emf, tenants);
    }
}
