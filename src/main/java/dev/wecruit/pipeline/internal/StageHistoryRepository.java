package dev.wecruit.pipeline.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageHistoryRepository extends JpaRepository<StageHistoryEntry, UUID> {

    Optional<StageHistoryEntry> findByApplicationIdAndExitedAtIsNull(UUID applicationId);

    List<StageHistoryEntry> findByApplicationIdOrderByEnteredAtAsc(UUID applicationId);

    List<StageHistoryEntry> findByApplicationIdInOrderByEnteredAtAsc(Collection<UUID> applicationIds);
}
