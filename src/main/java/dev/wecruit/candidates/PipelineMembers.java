package dev.wecruit.candidates;

import java.util.Set;
import java.util.UUID;

/**
 * Who is in a job's pipeline, for the "in a job's pipeline" filter. The pipeline feature provides it: it builds on
 * candidates, so candidates cannot call it directly.
 */
public interface PipelineMembers {

    /** The candidates in the job's pipeline, in any stage; empty for an unknown job or one of another firm. */
    Set<UUID> candidatesInPipelineOf(UUID jobId);

    /**
     * The candidates who got this far in the pipelines of the firm's jobs, counted as the dashboard counts them: the
     * records behind one of its figures.
     */
    Set<UUID> candidatesWhoReached(PipelineReach reach);
}
