package dev.wecruit.candidates;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How far candidates got in the pipelines: the dashboard's figures opened as a list. Either a stage reached (that
 * stage or a later one of the job's pipeline, not counting rejections), of the candidates who entered a pipeline in
 * the period, as the dashboard's funnel counts them; or placed ({@code placed}), of the candidates first placed in
 * the period. Stages are matched by name, as the firm's funnel matches them across jobs.
 *
 * @param stage the stage's name; null when {@code placed}
 * @param jobId only this job's pipeline; null for any job in scope
 * @param jobOwnerId only the pipelines of jobs this member owns
 * @param clientId only the pipelines of this client's jobs
 * @param from the period's first day in the firm's zone; null for no start
 * @param to the period's last day, included; null for no end
 */
public record PipelineReach(String stage, boolean placed, UUID jobId, UUID jobOwnerId, UUID clientId,
        LocalDate from, LocalDate to) {

    public PipelineReach {
        stage = stage == null || stage.isBlank() ? null : stage.strip();
        if (placed == (stage != null)) {
            throw new IllegalArgumentException("A reach is either a stage or placed");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("A period needs a first day on or before its last: " + from + ", " + to);
        }
    }

    /** Those who reached the stage (or beyond), of those who entered a pipeline between the days. */
    public static PipelineReach stage(String stage, LocalDate from, LocalDate to) {
        return new PipelineReach(stage, false, null, null, null, from, to);
    }

    /** Those first placed between the days. */
    public static PipelineReach placed(LocalDate from, LocalDate to) {
        return new PipelineReach(null, true, null, null, null, from, to);
    }

    /** The same reach, in the pipelines of these jobs only; null for no narrowing. */
    public PipelineReach inJobs(UUID job, UUID owner, UUID client) {
        return new PipelineReach(stage, placed, job, owner, client, from, to);
    }
}
