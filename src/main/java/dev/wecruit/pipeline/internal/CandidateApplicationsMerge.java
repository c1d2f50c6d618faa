package dev.wecruit.pipeline.internal;

import dev.wecruit.jobs.PipelineLock;
import dev.wecruit.pipeline.BoardChanged;
import dev.wecruit.pipeline.MergedApplications;
import dev.wecruit.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a candidate's applications to another when the two are merged, and back when the merge is undone (decision
 * 0037). In a job where both are, the further-along application is kept (the later stage of the job's order; on a
 * tie the one that entered its stage last) and the other's stays join its stage history; the other leaves its board,
 * whose column closes up, and is kept, as it was, in the merge's snapshot. Every job is changed under its pipeline
 * lock, in id order as every path that takes several does, and open boards read themselves again after commit. A
 * card's version counts its moves, so moving it to another candidate leaves it alone.
 */
@Component
public class CandidateApplicationsMerge {

    private record Card(UUID id, UUID candidateId, UUID jobId, UUID stageId, int position, Instant stageEnteredAt,
            String rejectionReason, Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy,
            long version, int stageOrder) {
    }

    private final JdbcTemplate jdbc;
    private final PipelineLock pipelines;
    private final ApplicationEventPublisher events;

    CandidateApplicationsMerge(JdbcTemplate jdbc, PipelineLock pipelines, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.pipelines = pipelines;
        this.events = events;
    }

    public MergedApplications merge(UUID tenantId, UUID fromCandidateId, UUID intoCandidateId, Instant at) {
        Map<UUID, List<Card>> byJob = new LinkedHashMap<>();
        cardsOf(fromCandidateId, intoCandidateId).forEach(card ->
                byJob.computeIfAbsent(card.jobId(), job -> new ArrayList<>()).add(card));
        List<UUID> moved = new ArrayList<>();
        List<MergedApplications.Dropped> dropped = new ArrayList<>();
        for (Map.Entry<UUID, List<Card>> job : byJob.entrySet()) {
            List<Card> cards = job.getValue();
            Card from = cards.stream().filter(c -> c.candidateId().equals(fromCandidateId)).findFirst().orElse(null);
            if (from == null) {
                continue; // only the survivor is in this job
            }
            pipelines.lock(job.getKey());
            Card into = cards.stream().filter(c -> c.candidateId().equals(intoCandidateId)).findFirst().orElse(null);
            if (into == null) {
                moved.add(from.id());
            } else {
                Card kept = furtherAlong(from, into);
                Card drop = kept == from ? into : from;
                dropped.add(drop(drop, kept, at));
                if (kept == from) {
                    moved.add(from.id());
                }
            }
            // the dropped card is gone already, so the candidate is in each job once
        }
        if (!moved.isEmpty()) {
            jdbc.update("update applications set candidate_id = ? where id = any(cast(? as uuid[]))",
                    intoCandidateId, moved.toArray(UUID[]::new));
        }
        byJob.keySet().forEach(jobId -> events.publishEvent(new BoardChanged(tenantId, jobId)));
        return new MergedApplications(moved, dropped);
    }

    /**
     * Puts the applications back: the moved ones to the candidate merged away, the dropped ones onto their boards at
     * their place (or the column's end, if it is shorter now) with their own stage history.
     *
     * @throws InvalidInputException when a dropped application's stage was removed since; nothing is changed
     */
    public void unmerge(UUID tenantId, UUID fromCandidateId, UUID intoCandidateId, MergedApplications merged) {
        Set<UUID> jobs = new TreeSet<>();
        List<MergedApplications.Dropped> restorable = new ArrayList<>();
        for (MergedApplications.Dropped drop : merged.dropped()) {
            Boolean jobExists = jdbc.queryForObject("select exists (select 1 from jobs where id = ?)", Boolean.class,
                    drop.jobId());
            if (!Boolean.TRUE.equals(jobExists)) {
                continue; // the job was deleted, and its cards with it
            }
            Boolean stageExists = jdbc.queryForObject("select exists (select 1 from job_stages where job_id = ? and"
                    + " id = ?)", Boolean.class, drop.jobId(), drop.stageId());
            if (!Boolean.TRUE.equals(stageExists)) {
                throw InvalidInputException.of("merge", "A stage of a job both were in was removed since the merge,"
                        + " so the application dropped then has nowhere to go back to");
            }
            restorable.add(drop);
            jobs.add(drop.jobId());
        }
        if (!merged.moved().isEmpty()) {
            jobs.addAll(jdbc.queryForList("select job_id from applications where id = any(cast(? as uuid[]))", UUID.class,
                    (Object) merged.moved().toArray(UUID[]::new)));
        }
        jobs.forEach(pipelines::lock);
        if (!merged.moved().isEmpty()) {
            jdbc.update("update applications set candidate_id = ?"
                    + " where id = any(cast(? as uuid[])) and candidate_id = ?", fromCandidateId, merged.moved().toArray(UUID[]::new),
                    intoCandidateId);
        }
        for (MergedApplications.Dropped drop : restorable) {
            Integer inStage = jdbc.queryForObject("select count(*) from applications where stage_id = ?",
                    Integer.class, drop.stageId());
            int position = Math.min(drop.position(), inStage == null ? 0 : inStage);
            jdbc.update("update applications set position = position + 1 where stage_id = ? and position >= ?",
                    drop.stageId(), position);
            jdbc.update("""
                    insert into applications (tenant_id, id, candidate_id, job_id, stage_id, position, stage_entered_at,
                                              rejection_reason, created_at, created_by, updated_at, updated_by, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, tenantId, drop.id(), drop.candidateId(), drop.jobId(), drop.stageId(), position,
                    Timestamp.from(drop.stageEnteredAt()), drop.rejectionReason(), Timestamp.from(drop.createdAt()),
                    drop.createdBy(), Timestamp.from(drop.updatedAt()), drop.updatedBy(), drop.version());
            if (!drop.history().isEmpty()) {
                jdbc.update("update application_stage_history set application_id = ? where id = any(cast(? as uuid[]))"
                        + " and application_id = ?", drop.id(), drop.history().toArray(UUID[]::new), drop.keptId());
            }
            if (drop.closedStay() != null) {
                jdbc.update("update application_stage_history set exited_at = null where id = ? and application_id = ?",
                        drop.closedStay(), drop.id());
            }
        }
        jobs.forEach(jobId -> events.publishEvent(new BoardChanged(tenantId, jobId)));
    }

    private MergedApplications.Dropped drop(Card drop, Card kept, Instant at) {
        List<UUID> history = jdbc.queryForList("""
                select id from application_stage_history where application_id = ? order by entered_at, id
                """, UUID.class, drop.id());
        List<UUID> open = jdbc.queryForList("""
                update application_stage_history set exited_at = greatest(entered_at, ?)
                 where application_id = ? and exited_at is null returning id
                """, UUID.class, Timestamp.from(at), drop.id());
        jdbc.update("update application_stage_history set application_id = ? where application_id = ?", kept.id(),
                drop.id());
        jdbc.update("delete from applications where id = ?", drop.id());
        jdbc.update("update applications set position = position - 1 where stage_id = ? and position > ?",
                drop.stageId(), drop.position());
        return new MergedApplications.Dropped(drop.id(), drop.candidateId(), drop.jobId(), drop.stageId(),
                drop.position(), drop.stageEnteredAt(), drop.rejectionReason(), drop.createdAt(), drop.createdBy(),
                drop.updatedAt(), drop.updatedBy(), drop.version(), kept.id(), history,
                open.isEmpty() ? null : open.getFirst());
    }

    /** The further along of two cards of one job: the later stage in the job's order, then the later entry. */
    private static Card furtherAlong(Card from, Card into) {
        Comparator<Card> order = Comparator.comparingInt(Card::stageOrder).thenComparing(Card::stageEnteredAt);
        return order.compare(from, into) > 0 ? from : into;
    }

    private List<Card> cardsOf(UUID one, UUID other) {
        return jdbc.query("""
                select a.id, a.candidate_id, a.job_id, a.stage_id, a.position, a.stage_entered_at, a.rejection_reason,
                       a.created_at, a.created_by, a.updated_at, a.updated_by, a.version, s.position as stage_order
                  from applications a
                  join job_stages s on s.job_id = a.job_id and s.id = a.stage_id
                 where a.candidate_id = any(cast(? as uuid[]))
                 order by a.job_id, a.id
                """, (rs, n) -> new Card(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getObject("job_id", UUID.class), rs.getObject("stage_id", UUID.class), rs.getInt("position"),
                rs.getTimestamp("stage_entered_at").toInstant(), rs.getString("rejection_reason"),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("created_by", UUID.class),
                rs.getTimestamp("updated_at").toInstant(), rs.getObject("updated_by", UUID.class),
                rs.getLong("version"), rs.getInt("stage_order")), (Object) new UUID[] {one, other});
    }
}
