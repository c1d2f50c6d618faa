package dev.wecruit.pipeline.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByJobIdOrderByStageIdAscPositionAsc(UUID jobId);

    List<Application> findByCandidateId(UUID candidateId);

    List<Application> findByJobIdInOrderByStageIdAscPositionAsc(Collection<UUID> jobIds);

    List<Application> findByCandidateIdIn(Collection<UUID> candidateIds);

    List<Application> findByStageIdOrderByPositionAsc(UUID stageId);

    @Query("select a.candidateId from Application a where a.jobId = :jobId")
    List<UUID> findCandidateIdsByJobId(@Param("jobId") UUID jobId);

    boolean existsByJobIdAndCandidateId(UUID jobId, UUID candidateId);

    @Query("select coalesce(max(a.position), -1) + 1 from Application a where a.stageId = :stageId")
    int nextPosition(@Param("stageId") UUID stageId);

    @Query("select a.jobId from Application a where a.id = :id")
    Optional<UUID> findJobIdById(@Param("id") UUID id);

    @Query("select count(a) from Application a where a.stageId = :stageId and a.id <> :except")
    int countInStageExcept(@Param("stageId") UUID stageId, @Param("except") UUID except);

    /*
     * The two renumbering updates below run in the database only: they leave loaded Application entities as they were,
     * and do not change the shifted cards' versions (a card's version counts the moves of that card). Callers exclude
     * the moved card, hold the job's lock, and load no other card in the same transaction.
     */

    /** Closes the gap a card leaves behind at {@code position}: the cards after it move up one place. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Application a set a.position = a.position - 1
             where a.stageId = :stageId and a.position > :position and a.id <> :except""")
    int closeGap(@Param("stageId") UUID stageId, @Param("position") int position, @Param("except") UUID except);

    /** Makes room at {@code position}: that card and those after it move down one place. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Application a set a.position = a.position + 1
             where a.stageId = :stageId and a.position >= :position and a.id <> :except""")
    int openGap(@Param("stageId") UUID stageId, @Param("position") int position, @Param("except") UUID except);

    /**
     * Each card of these candidates with the kind of the stage it is in now, read from its open stay in the stage
     * history (which copies the kind), so the answer needs no other feature's tables.
     */
    @Query(value = """
            select a.candidate_id as candidateId, a.job_id as jobId, h.stage_kind as stageKind
              from applications a
              join application_stage_history h on h.application_id = a.id and h.exited_at is null
             where a.candidate_id = any (:candidateIds)""", nativeQuery = true)
    List<CurrentStay> currentStays(@Param("candidateIds") UUID[] candidateIds);

    interface CurrentStay {
        UUID getCandidateId();

        UUID getJobId();

        String getStageKind();
    }

    interface StageCount {
        UUID getStageId();

        long getCount();
    }

    @Query("""
            select a.stageId as stageId, count(a) as count from Application a where a.jobId = :jobId
             group by a.stageId""")
    List<StageCount> countByStage(@Param("jobId") UUID jobId);
}
