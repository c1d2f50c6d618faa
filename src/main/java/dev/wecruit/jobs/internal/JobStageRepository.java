package dev.wecruit.jobs.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobStageRepository extends JpaRepository<JobStage, UUID> {

    List<JobStage> findByJobIdOrderByPosition(UUID jobId);

    List<JobStage> findByJobIdInOrderByPosition(Collection<UUID> jobIds);

    List<JobStage> findByIdIn(Collection<UUID> ids);
}
