package dev.wecruit.activities.internal;

import dev.wecruit.activities.ActivityType;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Timelines: one query per kind of record, each served by its own partial index. */
public interface ActivityRepository extends JpaRepository<Activity, UUID>, JpaSpecificationExecutor<Activity> {

    Page<Activity> findByCandidateIdAndTypeIn(UUID candidateId, Collection<ActivityType> types, Pageable pageable);

    Page<Activity> findByJobIdAndTypeIn(UUID jobId, Collection<ActivityType> types, Pageable pageable);

    Page<Activity> findByCompanyIdAndTypeIn(UUID companyId, Collection<ActivityType> types, Pageable pageable);

    Page<Activity> findByContactIdAndTypeIn(UUID contactId, Collection<ActivityType> types, Pageable pageable);

    /** The ids of a candidate's activities, in time order: what a merge moves. */
    @Query(value = "select id from activities where candidate_id = :candidateId order by occurred_at, id",
            nativeQuery = true)
    List<UUID> idsOfCandidate(@Param("candidateId") UUID candidateId);

    /** Moves these activities of {@code from} to {@code to} (a merge, or undoing one); returns how many moved. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update activities set candidate_id = :to, version = version + 1
             where id = any(cast(:ids as uuid[])) and candidate_id = :from
            """, nativeQuery = true)
    int moveToCandidate(@Param("ids") UUID[] ids, @Param("from") UUID from, @Param("to") UUID to);
}
