package dev.wecruit.platform.persistence;

import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/** Helpers for services that change records. */
public final class Records {

    private Records() {
    }

    /**
     * Saves and flushes a change now, so that a conflicting concurrent change surfaces here as a
     * {@link StaleRecordException} rather than as a lost update or a late commit failure.
     */
    public static <T extends TenantScopedEntity> T saveChanges(JpaRepository<T, UUID> repository, T entity) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(entity.getClass().getSimpleName(), entity.getId());
        }
    }
}
