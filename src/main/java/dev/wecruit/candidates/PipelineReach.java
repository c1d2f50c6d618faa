package dev.wecruit.candidates;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How far candidates got in the pipelines: the dashboard's figures opened as a list. Either a stage reached (that
 * stage or a later one of the job's pipeline, not counting rejections), of the candidates who entered a pipeline in
 * the period, as the dashboard's funnel counts them; or placed ({@code placed}), of the candidates first placed in
 * the period; or submitted ({@code submitted}), of the candidates whose card first went beyond screening in the
 * period, as the dashboard's source of hire counts submissions. Stages are matched by name, as the firm's funnel
 * matches them across jobs. A source narrows any of them to the candidates of that source, labelled as the
 * dashboard labels it ({@link #sourceOf}).
 *
 * @param stage the stage's name; null when {@code placed} or {@code submitted}
 * @param jobId only this job's pipeline; null for any job in scope
 * @param jobOwnerId only the pipelines of jobs this member owns
 * @param clientId only the pipelines of this client's jobs
 * @param from the period's first day in the firm's zone; null for no start
 * @param to the period's last day, included; null for no end
 * @param source only the candidates of this source ({@link #UNKNOWN_SOURCE} for those with none); null for any
 */
public record PipelineReach(String stage, boolean placed, boolean submitted, UUID jobId, UUID jobOwnerId,
        UUID clientId, LocalDate from, LocalDate to, String source) {

    /** The first stages of a pipeline are sourcing and screening: a card beyond them has been submitted. */
    public static final int SUBMITTED_STEP = 2;

    /** How the dashboard labels the candidates with no source recorded. */
    public static final String UNKNOWN_SOURCE = "Unknown";

    public PipelineReach {
        stage = stage == null || stage.isBlank() ? null : stage.strip();
        source = source == null || source.isBlank() ? null : source.strip();
        if ((stage != null ? 1 : 0) + (placed ? 1 : 0) + (submitted ? 1 : 0) != 1) {
            throw new IllegalArgumentException("A reach is either a stage, placed or submitted");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("A period needs a first day on or before its last: " + from + ", " + to);
        }
    }

    /** A stage reached or placed, of any source. */
    public PipelineReach(String stage, boolean placed, UUID jobId, UUID jobOwnerId, UUID clientId, LocalDate from,
            LocalDate to) {
        this(stage, placed, false, jobId, jobOwnerId, clientId, from, to, null);
    }

    /** Those who reached the stage (or beyond), of those who entered a pipeline between the days. */
    public static PipelineReach stage(String stage, LocalDate from, LocalDate to) {
        return new PipelineReach(stage, false, null, null, null, from, to);
    }

    /** Those first placed between the days. */
    public static PipelineReach placed(LocalDate from, LocalDate to) {
        return new PipelineReach(null, true, null, null, null, from, to);
    }

    /** Those whose card first went beyond screening between the days. */
    public static PipelineReach submitted(LocalDate from, LocalDate to) {
        return new PipelineReach(null, false, true, null, null, null, from, to, null);
    }

    /** The same reach, in the pipelines of these jobs only; null for no narrowing. */
    public PipelineReach inJobs(UUID job, UUID owner, UUID client) {
        return new PipelineReach(stage, placed, submitted, job, owner, client, from, to, source);
    }

    /** The same reach, of the candidates of this source only; null for any source. */
    public PipelineReach ofSource(String newSource) {
        return new PipelineReach(stage, placed, submitted, jobId, jobOwnerId, clientId, from, to, newSource);
    }

    /** A candidate's source as the dashboard counts it: stripped, and {@link #UNKNOWN_SOURCE} when blank. */
    public static String sourceOf(String recorded) {
        return recorded == null || recorded.isBlank() ? UNKNOWN_SOURCE : recorded.strip();
    }
}
