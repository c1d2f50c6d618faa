package dev.wecruit.pipeline.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByJobIdOrderByStageIdAscPositionAsc(UUID jobId);

    List<Application> findByCandidateId(UUID candidateId);

    @Query("select a.candidateId from Application a where a.jobId = :jobId")
    List<UUID> findCandidateIdsByJobId(@Param("jobId") UUID jobId);

    boolean existsByJobIdAndCandidateId(UUID jobId, UUID candidateId);

    @Query("select coalesce(max(a.position), -1) + 1 from Application a where a.stageId = :stageId")
    int nextPosition(@Param("stageId") UUID stageId);

    interface StageCount {
        UUID getStageId();

        long getCount();
    }

    @Query("select a.stageId as stageId, count(a) as count from Application a where a.jobId = :jobId group by a.stageId")
    List<StageCount> countByStage(@Param("jobId") UUID jobId);
}
