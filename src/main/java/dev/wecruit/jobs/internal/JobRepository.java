package dev.wecruit.jobs.internal;

import dev.wecruit.jobs.JobStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobRepository extends JpaRepository<Job, UUID> {

    List<Job> findByStatusInOrderByOpenedOnDesc(Collection<JobStatus> statuses);

    List<Job> findByCompanyIdOrderByOpenedOnDesc(UUID companyId);
}
