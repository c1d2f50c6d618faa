package dev.wecruit.pipeline.internal;

import dev.wecruit.candidates.CandidateAnonymised;
import dev.wecruit.candidates.CandidateErased;
import dev.wecruit.jobs.PipelineLock;
import dev.wecruit.pipeline.BoardChanged;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a person off the firm's boards, in the transaction that anonymises or erases them. Anonymised, they keep
 * their cards (the funnel counts them) without the free text of a rejection reason; erased, their cards go and each
 * column closes up, under the job's pipeline lock like any move. Open boards read themselves again after commit.
 */
@Component
class CandidateApplicationsRemoval {

    private final ApplicationRepository applications;
    private final PipelineLock pipelines;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    CandidateApplicationsRemoval(ApplicationRepository applications, PipelineLock pipelines,
            ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.applications = applications;
        this.jdbc = jdbc;
        this.pipelines = pipelines;
        this.events = events;
    }

    @EventListener
    void on(CandidateAnonymised anonymised) {
        // not a move: the cards keep their versions, so a board open on them can still move them
        List<UUID> jobs = jdbc.queryForList("""
                update applications set rejection_reason = null where candidate_id = ? returning job_id
                """, UUID.class, anonymised.candidateId());
        jobs.stream().distinct().forEach(jobId -> events.publishEvent(new BoardChanged(anonymised.tenantId(), jobId)));
    }

    @EventListener
    void on(CandidateErased erased) {
        // jobs locked in id order, as every other path that takes several of them would
        List<Application> cards = applications.findByCandidateId(erased.candidateId()).stream()
                .sorted(Comparator.comparing(Application::getJobId)).toList();
        for (Application card : cards) {
            UUID jobId = card.getJobId();
            pipelines.lock(jobId);
            applications.delete(card);
            applications.flush();
            applications.closeGap(card.getStageId(), card.getPosition(), card.getId());
            events.publishEvent(new BoardChanged(erased.tenantId(), jobId));
        }
    }
}
