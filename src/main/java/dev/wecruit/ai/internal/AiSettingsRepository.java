package dev.wecruit.ai.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AiSettingsRepository extends JpaRepository<AiSettingsRecord, UUID> {

    /** The current firm's settings: row-level security and the tenant filter leave one row at most. */
    Optional<AiSettingsRecord> findFirstBy();
}
