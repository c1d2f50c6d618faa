package dev.wecruit.jobs.internal;

import dev.wecruit.jobs.JobStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JobRepository extends JpaRepository<Job, UUID>, JpaSpecificationExecutor<Job> {

    List<Job> findByStatusInOrderByOpenedOnDesc(Collection<JobStatus> statuses);

    List<Job> findByCompanyIdOrderByOpenedOnDesc(UUID companyId);

    List<Job> findByCompanyIdInOrderByOpenedOnDescIdDesc(Collection<UUID> companyIds);

    long countByStatusIn(Collection<JobStatus> statuses);

    @Query(value = """
            update jobs set pipeline_sequence = pipeline_sequence + 1 where id = :id returning pipeline_sequence""",
            nativeQuery = true)
    Optional<Long> nextPipelineSequence(@Param("id") UUID id);

    @Query(value = "select pipeline_sequence from jobs where id = :id", nativeQuery = true)
    Optional<Long> findPipelineSequence(@Param("id") UUID id);

    @Query(value = "select id from jobs where id = :id for no key update", nativeQuery = true)
    Optional<UUID> lockById(@Param("id") UUID id);

    @Query("select j.id from Job j where j.id in :ids")
    List<UUID> findExistingIds(@Param("ids") Collection<UUID> ids);

    @Query("select j.id from Job j where j.status in :statuses order by j.id")
    List<UUID> findIdsByStatusIn(@Param("statuses") Collection<JobStatus> statuses);

    /** Whether a candidate is in the job's pipeline or an activity names it. */
    @Query(value = "select exists (select 1 from applications where job_id = :id)"
            + " or exists (select 1 from activities where job_id = :id)", nativeQuery = true)
    boolean isReferenced(@Param("id") UUID id);
}
