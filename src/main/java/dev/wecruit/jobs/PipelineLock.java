package dev.wecruit.jobs;

import dev.wecruit.jobs.internal.JobRepository;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One change to a job's pipeline at a time: the job's row is the lock, and it numbers the moves that boards apply in
 * order (decision 0011). This is all of jobs that {@code pipeline} needs for it.
 */
@Service
public class PipelineLock {

    private final JobRepository jobs;

    PipelineLock(JobRepository jobs) {
        this.jobs = jobs;
    }

    /**
     * Locks the job's row until the caller's transaction ends, so that changes to its pipeline (adding cards,
     * numbering positions, changing stages) happen one at a time.
     *
     * @return false when there is no such job in the firm
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresRole(Role.RECRUITER)
    public boolean lock(UUID jobId) {
        return jobs.lockById(jobId).isPresent();
    }

    /**
     * Locks the job's row like {@link #lock} and gives the move the job's next number: boards apply moves in this
     * order.
     *
     * @return empty when there is no such job in the firm
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresRole(Role.RECRUITER)
    public Optional<Long> lockForMove(UUID jobId) {
        return jobs.nextPipelineSequence(jobId);
    }

    /** The number of the job's latest move; a board that has read the job knows every move up to it. */
    @Transactional(readOnly = true)
    public long lastMove(UUID jobId) {
        return jobs.findPipelineSequence(jobId).orElse(0L);
    }
}
