package dev.wecruit.pipeline.internal;

import dev.wecruit.pipeline.StageStay;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StageHistoryRepository extends JpaRepository<StageHistoryEntry, UUID> {

    Optional<StageHistoryEntry> findByApplicationIdAndExitedAtIsNull(UUID applicationId);

    List<StageHistoryEntry> findByApplicationIdOrderByEnteredAtAsc(UUID applicationId);

    List<StageHistoryEntry> findByApplicationIdInOrderByEnteredAtAsc(Collection<UUID> applicationIds);

    /**
     * The whole history of every card in these jobs' pipelines that has a stay still open, or closed at or after
     * {@code since}.
     */
    @Query("""
            select new dev.wecruit.pipeline.StageStay(h.applicationId, a.candidateId, h.jobId, h.stageId, h.stageName,
                   h.stageKind, h.enteredAt, h.exitedAt)
              from StageHistoryEntry h join Application a on a.id = h.applicationId
             where h.applicationId in (select recent.applicationId from StageHistoryEntry recent
                                        where recent.jobId in :jobIds
                                          and (recent.exitedAt is null or recent.exitedAt >= :since))
             order by h.enteredAt, h.id""")
    List<StageStay> staysOfJobsSince(@Param("jobIds") Collection<UUID> jobIds, @Param("since") Instant since);
}
