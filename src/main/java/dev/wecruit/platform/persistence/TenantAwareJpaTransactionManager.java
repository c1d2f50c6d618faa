package dev.wecruit.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts every transaction by telling PostgreSQL which firm it acts for: {@code set_config('app.tenant_id', ?,
 * true)} on the transaction's own connection. The setting is transaction-local, so it ends with the transaction
 * and a pooled connection never carries a tenant into the next one. Row-level security policies read it; JPA,
 * native queries and JdbcTemplate in the same transaction all see it. Without a tenant nothing is set and the
 * policies match no row.
 */
public class TenantAwareJpaTransactionManager extends JpaTransactionManager {

    private final TenantIdSource tenants;

    public TenantAwareJpaTransactionManager(EntityManagerFactory emf, TenantIdSource tenants) {
        super(emf);
        this.tenants = tenants;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        tenants.currentTenantId().ifPresent(this::applyTenant);
    }

    private void applyTenant(UUID tenantId) {
        var holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        if (holder == null) {
            throw new IllegalStateException("No transactional EntityManager bound after doBegin");
        }
        holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                ps.setString(1, tenantId.toString());
                ps.execute();
            }
        });
    }
}
