package dev.wecruit.activities.internal;

import dev.wecruit.activities.ActivityType;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Timelines: one query per kind of record, each served by its own partial index. */
public interface ActivityRepository extends JpaRepository<Activity, UUID>, JpaSpecificationExecutor<Activity> {

    long countByOccurredAtGreaterThanEqual(Instant since);

    Page<Activity> findByCandidateIdAndTypeIn(UUID candidateId, Collection<ActivityType> types, Pageable pageable);

    Page<Activity> findByJobIdAndTypeIn(UUID jobId, Collection<ActivityType> types, Pageable pageable);

    Page<Activity> findByCompanyIdAndTypeIn(UUID companyId, Collection<ActivityType> types, Pageable pageable);

    Page<Activity> findByContactIdAndTypeIn(UUID contactId, Collection<ActivityType> types, Pageable pageable);
}
