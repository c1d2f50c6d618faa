package dev.wecruit.reporting;

import dev.wecruit.activities.ActivityType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the dashboard shows for one {@link DashboardFilter}, computed at one instant.
 *
 * @param firmFunnel the cohort of every job in scope, stages matched by name
 * @param jobFunnels one per job with a candidate in the cohort, most candidates first
 * @param activity per member with activity in either period, most activity first
 * @param weeks the activity of the period per week (Monday in the firm's zone) and type, for the chart
 */
public record Dashboard(
        DashboardFilter filter,
        Instant computedAt,
        String currency,
        Funnel firmFunnel,
        List<Funnel> jobFunnels,
        List<StageTime> timeInStage,
        Durations timeToFill,
        Durations timeToPlace,
        List<RecruiterActivity> activity,
        List<WeekActivity> weeks,
        List<MonthPlacements> placements,
        Fees fees,
        Attention attention,
        List<SourceOfHire> sources) {

    /**
     * Candidates who entered a pipeline in the period and how far they got: each step counts those who reached that
     * stage or a later one.
     *
     * @param jobId null for the firm's funnel
     */
    public record Funnel(UUID jobId, String title, List<FunnelStep> steps) {

        public long cohort() {
            return steps.isEmpty() ? 0 : steps.getFirst().reached();
        }
    }

    /**
     * @param stageId null in the firm's funnel
     * @param conversion the share of the previous step's candidates who got here, 0 to 1; null for the first step
     *     or after a step nobody reached
     */
    public record FunnelStep(String stage, UUID stageId, long reached, Double conversion) {
    }

    /** How long finished stays in a stage lasted, of the stays that ended in the period. */
    public record StageTime(String stage, long stays, Duration median, Duration p75) {
    }

    /** A median over several cases; {@code median} is null when there are none. */
    public record Durations(long count, Duration median) {
    }

    /** What a member did, per type, in the period and in the period of the same length before it. */
    public record RecruiterActivity(UUID memberId, String name, Map<ActivityType, Long> current,
            Map<ActivityType, Long> previous) {

        public long total() {
            return current.values().stream().mapToLong(Long::longValue).sum();
        }

        public long previousTotal() {
            return previous.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record WeekActivity(LocalDate week, Map<ActivityType, Long> counts) {
    }

    /** Placements made in a month and the fees they earn, in the firm's currency. */
    public record MonthPlacements(YearMonth month, long placements, BigDecimal fees) {
    }

    /**
     * @param realised the fees of the period's placements, in the firm's currency
     * @param expected the fees of the candidates now in a job's offer stage, if they are placed
     * @param atOffer how many candidates are in an offer stage
     * @param uncounted placements and offers whose fee is unknown (no terms, no salary) or in another currency
     */
    public record Fees(BigDecimal realised, BigDecimal expected, long atOffer, long uncounted) {
    }

    /**
     * @param quietJobs open jobs where no candidate moved in the last {@link ReportingService#QUIET_DAYS} days
     * @param stuck candidates in a stage longer than twice the firm's median for it, longest first: the first
     *     {@link ReportingService#STUCK_LISTED} of them
     * @param stuckCount how many candidates are so stuck in all
     * @param noneBeyondScreening open jobs where no candidate got past the first two stages
     */
    public record Attention(List<JobAttention> quietJobs, List<StuckCandidate> stuck, long stuckCount,
            List<JobAttention> noneBeyondScreening) {
    }

    /** @param lastMoveAt when a candidate last entered a stage of the job; null when it has none */
    public record JobAttention(UUID jobId, String title, Instant lastMoveAt) {
    }

    public record StuckCandidate(UUID candidateId, String name, UUID jobId, String jobTitle, String stage,
            Instant since, Duration firmMedian) {
    }

    /** @param source as the candidate's record gives it; "Unknown" when it is empty */
    public record SourceOfHire(String source, long submissions, long placements) {
    }
}
