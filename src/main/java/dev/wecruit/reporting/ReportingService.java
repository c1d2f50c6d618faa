package dev.wecruit.reporting;

import dev.wecruit.activities.ActivityCount;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.candidates.CandidateProfile;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.PipelineReach;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.StageStay;
import dev.wecruit.reporting.Dashboard.Attention;
import dev.wecruit.reporting.Dashboard.Durations;
import dev.wecruit.reporting.Dashboard.Fees;
import dev.wecruit.reporting.Dashboard.Funnel;
import dev.wecruit.reporting.Dashboard.FunnelStep;
import dev.wecruit.reporting.Dashboard.JobAttention;
import dev.wecruit.reporting.Dashboard.MonthPlacements;
import dev.wecruit.reporting.Dashboard.RecruiterActivity;
import dev.wecruit.reporting.Dashboard.SourceOfHire;
import dev.wecruit.reporting.Dashboard.StageTime;
import dev.wecruit.reporting.Dashboard.StuckCandidate;
import dev.wecruit.reporting.Dashboard.WeekActivity;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.OrganizationService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures about the current firm for the dashboard (decision 0029): read-only, computed from the stage history, the
 * activities and the jobs through their owners' services, for any signed-in member; row-level security keeps them
 * to the member's firm.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    /** An open job where no candidate entered a stage for this many days needs attention. */
    public static final int QUIET_DAYS = 14;

    /**
     * How many of the stuck candidates the dashboard names, longest stuck first; it counts them all. Only those named
     * are decrypted.
     */
    public static final int STUCK_LISTED = 10;

    /** How far back the firm's median time in each stage looks, for the candidates stuck in one. */
    static final Duration MEDIAN_HORIZON = Duration.ofDays(365);

    /** The first stages of a pipeline are sourcing and screening: a candidate beyond them has been submitted. */
    static final int SUBMITTED_STEP = PipelineReach.SUBMITTED_STEP;

    static final String UNKNOWN_SOURCE = PipelineReach.UNKNOWN_SOURCE;

    private final CandidateService candidates;
    private final JobService jobs;
    private final CompanyService companies;
    private final ActivityService activities;
    private final ApplicationService applications;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    ReportingService(CandidateService candidates, JobService jobs, CompanyService companies,
            ActivityService activities, ApplicationService applications, OrganizationService organizations,
            CurrentTenant currentTenant, Clock clock) {
        this.candidates = candidates;
        this.jobs = jobs;
        this.companies = companies;
        this.activities = activities;
        this.applications = applications;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    /** The firm's records counted, and its activities of the last 365 days (today included, in its zone). */
    public FirmOverview overview() {
        LocalDate today = today();
        return new FirmOverview(candidates.count(), jobs.count(Set.of(JobStatus.OPEN)), jobs.count(Set.of()),
                companies.count(), companies.countContacts(),
                activities.countOnDays(today.minusDays(364), today.plusDays(1)));
    }

    /** Today in the firm's zone: where a period ends unless asked. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(organizations.timeZone()));
    }

    /**
     * The dashboard's figures for the filter, as of now: for the signed-in member's firm, or for the firm an open
     * dashboard reads itself again for when a move is pushed to it ({@link CurrentTenant#runAs}).
     */
    public Dashboard dashboard(DashboardFilter filter) {
        currentTenant.currentTenantId().orElseThrow(() -> new IllegalStateException("No firm to report on"));
        Instant now = clock.instant();
        FirmProfile firm = organizations.profile();
        ZoneId zone = firm.timeZone();
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to().plusDays(1).atStartOfDay(zone).toInstant();

        List<JobDetails> scope = jobs.list(Set.of()).stream()
                .filter(job -> filter.ownerId() == null || filter.ownerId().equals(job.ownerId()))
                .filter(job -> filter.companyId() == null || filter.companyId().equals(job.companyId()))
                .filter(job -> filter.jobId() == null || filter.jobId().equals(job.id())).toList();
        Map<UUID, JobDetails> jobsById = new LinkedHashMap<>();
        scope.forEach(job -> jobsById.put(job.id(), job));
        Instant since = from.isBefore(now.minus(MEDIAN_HORIZON)) ? from : now.minus(MEDIAN_HORIZON);
        Map<UUID, List<StageStay>> cards = new LinkedHashMap<>();
        for (StageStay stay : applications.staysSince(jobsById.keySet(), since)) {
            cards.computeIfAbsent(stay.applicationId(), id -> new ArrayList<>()).add(stay);
        }
        Pipelines pipelines = new Pipelines(jobsById, cards);

        List<Placement> placements = pipelines.placements(from, to);
        Set<UUID> hiredOrSubmitted = new HashSet<>();
        placements.forEach(placement -> hiredOrSubmitted.add(placement.candidateId()));
        List<StageStay> submissions = pipelines.submissions(from, to);
        submissions.forEach(stay -> hiredOrSubmitted.add(stay.candidateId()));
        List<StageStay> allStuck = pipelines.stuck(now);
        List<StageStay> stuck = allStuck.subList(0, Math.min(STUCK_LISTED, allStuck.size()));
        // names are decrypted only for the stuck candidates the list shows; the sources need no decryption
        Set<UUID> stuckPeople = new HashSet<>();
        stuck.forEach(stay -> stuckPeople.add(stay.candidateId()));
        Map<UUID, CandidateProfile> profiles = candidates.profiles(stuckPeople);
        Map<UUID, String> sources = candidates.sources(hiredOrSubmitted);
        // the period's counts serve the recruiters' figures and the weeks: read once
        List<ActivityCount> counted = counts(filter, filter.from(), filter.to().plusDays(1));

        Map<UUID, Integer> cohort = pipelines.cohort(from, to);

        return new Dashboard(filter, now, firm.defaultCurrency(), pipelines.firmFunnel(cohort),
                pipelines.jobFunnels(cohort), pipelines.timeInStage(from, to),
                pipelines.timeToFill(from, to, zone), timeToPlace(placements, pipelines),
                activity(filter, counted), weeks(counted),
                placementsPerMonth(placements, zone, firm.defaultCurrency(), jobsById),
                fees(placements, pipelines.atOffer(), firm.defaultCurrency(), jobsById),
                new Attention(pipelines.quietJobs(now, zone), stuckCandidates(stuck, pipelines, profiles, now),
                        allStuck.size(), pipelines.noneBeyondScreening()),
                sources(submissions, placements, sources));
    }

    private record Placement(UUID applicationId, UUID candidateId, UUID jobId, Instant at) {
    }

    /**
     * The stays of the jobs in scope, card by card, and what they add up to. What several figures share (each
     * stage's step, each job's offer stage, the stage names, the medians, the last moves) is worked out once.
     */
    private static final class Pipelines {

        private final Map<UUID, JobDetails> jobs;
        private final Map<UUID, List<StageStay>> cards;
        private final Map<UUID, List<Stage>> funnelStages = new HashMap<>();
        /** Each funnel stage's index in its job's funnel. */
        private final Map<UUID, Integer> steps = new HashMap<>();
        /** Each job's offer stage: the active stage just before its first placed one. */
        private final Map<UUID, Stage> offerStages = new HashMap<>();
        private List<String> stageNames;
        private Map<UUID, Instant> lastMoves;
        private Map<String, Duration> medians;
        private Instant mediansAt;

        Pipelines(Map<UUID, JobDetails> jobs, Map<UUID, List<StageStay>> cards) {
            this.jobs = jobs;
            this.cards = cards;
            jobs.values().forEach(job -> {
                List<Stage> stages = job.stages().stream().filter(stage -> stage.kind() != StageKind.REJECTED)
                        .sorted(Comparator.comparingInt(Stage::position)).toList();
                funnelStages.put(job.id(), stages);
                for (int i = 0; i < stages.size(); i++) {
                    steps.put(stages.get(i).id(), i);
                    if (i > 0 && stages.get(i).kind() == StageKind.HIRED
                            && stages.get(i - 1).kind() == StageKind.ACTIVE) {
                        offerStages.putIfAbsent(job.id(), stages.get(i - 1));
                    }
                }
            });
        }

        /** How far along the job's funnel the stay is: its stage's index, or -1 (rejected, removed stage). */
        int step(StageStay stay) {
            return steps.getOrDefault(stay.stageId(), -1);
        }

        /** The furthest step each card of the cohort (first stay begun in the period) reached before the end. */
        Map<UUID, Integer> cohort(Instant from, Instant to) {
            Map<UUID, Integer> furthest = new LinkedHashMap<>();
            for (List<StageStay> stays : cards.values()) {
                StageStay first = stays.getFirst();
                if (first.enteredAt().isBefore(from) || !first.enteredAt().isBefore(to)) {
                    continue;
                }
                int reached = -1;
                for (StageStay stay : stays) {
                    if (stay.enteredAt().isBefore(to)) {
                        reached = Math.max(reached, step(stay));
                    }
                }
                if (reached >= 0) {
                    furthest.put(first.applicationId(), reached);
                }
            }
            return furthest;
        }

        List<Funnel> jobFunnels(Map<UUID, Integer> cohort) {
            Map<UUID, long[]> reached = new LinkedHashMap<>();
            cohort.forEach((card, furthest) -> {
                UUID jobId = cards.get(card).getFirst().jobId();
                long[] counts = reached.computeIfAbsent(jobId, id -> new long[funnelStages.get(id).size()]);
                for (int i = 0; i <= furthest; i++) {
                    counts[i]++;
                }
            });
            return reached.entrySet().stream().map(entry -> {
                List<Stage> stages = funnelStages.get(entry.getKey());
                List<FunnelStep> steps = new ArrayList<>();
                for (int i = 0; i < stages.size(); i++) {
                    steps.add(new FunnelStep(stages.get(i).name(), stages.get(i).id(), entry.getValue()[i],
                            conversion(steps, entry.getValue()[i])));
                }
                return new Funnel(entry.getKey(), jobs.get(entry.getKey()).title(), steps);
            }).sorted(Comparator.comparingLong(Funnel::cohort).reversed()).toList();
        }

        Funnel firmFunnel(Map<UUID, Integer> cohort) {
            Map<String, Long> reached = new HashMap<>();
            cohort.forEach((card, furthest) -> {
                List<Stage> stages = funnelStages.get(cards.get(card).getFirst().jobId());
                for (int i = 0; i <= furthest; i++) {
                    reached.merge(stages.get(i).name(), 1L, Long::sum);
                }
            });
            List<FunnelStep> steps = new ArrayList<>();
            for (String name : stageNames()) {
                long count = reached.getOrDefault(name, 0L);
                steps.add(new FunnelStep(name, null, count, conversion(steps, count)));
            }
            return new Funnel(null, "All jobs", steps);
        }

        /** The funnel stages' names of every job, each after the one before it in the jobs that have both. */
        List<String> stageNames() {
            if (stageNames == null) {
                List<String> names = new ArrayList<>();
                for (List<Stage> stages : funnelStages.values()) {
                    int after = -1;
                    for (Stage stage : stages) {
                        int known = names.indexOf(stage.name());
                        if (known < 0) {
                            names.add(after + 1, stage.name());
                            known = after + 1;
                        }
                        after = known;
                    }
                }
                stageNames = List.copyOf(names);
            }
            return stageNames;
        }

        private static Double conversion(List<FunnelStep> before, long reached) {
            if (before.isEmpty() || before.getLast().reached() == 0) {
                return null;
            }
            return (double) reached / before.getLast().reached();
        }

        List<StageTime> timeInStage(Instant from, Instant to) {
            Map<String, List<Duration>> byStage = new LinkedHashMap<>();
            stageNames().forEach(name -> byStage.put(name, new ArrayList<>()));
            for (List<StageStay> stays : cards.values()) {
                for (StageStay stay : stays) {
                    if (stay.stageKind() == StageKind.ACTIVE && stay.exitedAt() != null
                            && !stay.exitedAt().isBefore(from) && stay.exitedAt().isBefore(to)) {
                        byStage.computeIfAbsent(stay.stageName(), name -> new ArrayList<>())
                                .add(Duration.between(stay.enteredAt(), stay.exitedAt()));
                    }
                }
            }
            List<StageTime> times = new ArrayList<>();
            byStage.forEach((stage, durations) -> {
                if (!durations.isEmpty()) {
                    durations.sort(null);
                    times.add(new StageTime(stage, durations.size(), percentile(durations, 0.5),
                            percentile(durations, 0.75)));
                }
            });
            return times;
        }

        /** Each card's first placement in the period. */
        List<Placement> placements(Instant from, Instant to) {
            List<Placement> found = new ArrayList<>();
            for (List<StageStay> stays : cards.values()) {
                for (StageStay stay : stays) {
                    if (stay.stageKind() == StageKind.HIRED) {
                        if (!stay.enteredAt().isBefore(from) && stay.enteredAt().isBefore(to)) {
                            found.add(new Placement(stay.applicationId(), stay.candidateId(), stay.jobId(),
                                    stay.enteredAt()));
                        }
                        break;
                    }
                }
            }
            found.sort(Comparator.comparing(Placement::at));
            return found;
        }

        /** Each card's first stay beyond screening, when it began in the period. */
        List<StageStay> submissions(Instant from, Instant to) {
            List<StageStay> found = new ArrayList<>();
            for (List<StageStay> stays : cards.values()) {
                for (StageStay stay : stays) {
                    if (step(stay) >= SUBMITTED_STEP) {
                        if (!stay.enteredAt().isBefore(from) && stay.enteredAt().isBefore(to)) {
                            found.add(stay);
                        }
                        break;
                    }
                }
            }
            return found;
        }

        Instant firstStay(UUID applicationId) {
            return cards.get(applicationId).getFirst().enteredAt();
        }

        Durations timeToFill(Instant from, Instant to, ZoneId zone) {
            Map<UUID, Instant> firstPlacement = new HashMap<>();
            for (List<StageStay> stays : cards.values()) {
                for (StageStay stay : stays) {
                    if (stay.stageKind() == StageKind.HIRED) {
                        firstPlacement.merge(stay.jobId(), stay.enteredAt(),
                                (one, other) -> one.isBefore(other) ? one : other);
                        break;
                    }
                }
            }
            List<Duration> fills = firstPlacement.entrySet().stream()
                    .filter(entry -> !entry.getValue().isBefore(from) && entry.getValue().isBefore(to))
                    .map(entry -> Duration.between(jobs.get(entry.getKey()).openedOn().atStartOfDay(zone)
                            .toInstant(), entry.getValue())).sorted().toList();
            return new Durations(fills.size(), fills.isEmpty() ? null : percentile(fills, 0.5));
        }

        /** The stays now open in an offer stage. */
        List<StageStay> atOffer() {
            List<StageStay> found = new ArrayList<>();
            for (List<StageStay> stays : cards.values()) {
                StageStay last = stays.getLast();
                Stage offer = offerStages.get(last.jobId());
                if (last.exitedAt() == null && offer != null && offer.id().equals(last.stageId())) {
                    found.add(last);
                }
            }
            return found;
        }

        /** The firm's median of finished stays per active stage, over the year before {@code now}. */
        Map<String, Duration> medians(Instant now) {
            if (medians == null || !now.equals(mediansAt)) {
                Instant horizon = now.minus(MEDIAN_HORIZON);
                Map<String, List<Duration>> byStage = new HashMap<>();
                for (List<StageStay> stays : cards.values()) {
                    for (StageStay stay : stays) {
                        if (stay.stageKind() == StageKind.ACTIVE && stay.exitedAt() != null
                                && !stay.exitedAt().isBefore(horizon)) {
                            byStage.computeIfAbsent(stay.stageName(), name -> new ArrayList<>())
                                    .add(Duration.between(stay.enteredAt(), stay.exitedAt()));
                        }
                    }
                }
                Map<String, Duration> found = new HashMap<>();
                byStage.forEach((stage, durations) -> {
                    durations.sort(null);
                    found.put(stage, percentile(durations, 0.5));
                });
                medians = found;
                mediansAt = now;
            }
            return medians;
        }

        /** Open stays in an active stage of an open job, longer than twice the firm's median there. */
        List<StageStay> stuck(Instant now) {
            Map<String, Duration> medians = medians(now);
            List<StageStay> found = new ArrayList<>();
            for (List<StageStay> stays : cards.values()) {
                StageStay last = stays.getLast();
                Duration median = medians.get(last.stageName());
                if (last.exitedAt() == null && last.stageKind() == StageKind.ACTIVE && median != null
                        && jobs.get(last.jobId()).status() == JobStatus.OPEN
                        && Duration.between(last.enteredAt(), now).compareTo(median.multipliedBy(2)) > 0) {
                    found.add(last);
                }
            }
            found.sort(Comparator.comparing(StageStay::enteredAt));
            return found;
        }

        List<JobAttention> quietJobs(Instant now, ZoneId zone) {
            Instant quietSince = now.minus(Duration.ofDays(QUIET_DAYS));
            Map<UUID, Instant> lastMove = lastMoves();
            return openJobs().filter(job -> {
                Instant last = lastMove.get(job.id());
                return last != null ? last.isBefore(quietSince)
                        : job.openedOn().atStartOfDay(zone).toInstant().isBefore(quietSince);
            }).map(job -> new JobAttention(job.id(), job.title(), lastMove.get(job.id())))
                    .sorted(Comparator.comparing(JobAttention::lastMoveAt,
                            Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        }

        List<JobAttention> noneBeyondScreening() {
            Set<UUID> beyond = new HashSet<>();
            for (List<StageStay> stays : cards.values()) {
                for (StageStay stay : stays) {
                    if (step(stay) >= SUBMITTED_STEP) {
                        beyond.add(stay.jobId());
                        break;
                    }
                }
            }
            Map<UUID, Instant> lastMove = lastMoves();
            return openJobs().filter(job -> !beyond.contains(job.id()))
                    .map(job -> new JobAttention(job.id(), job.title(), lastMove.get(job.id()))).toList();
        }

        /** When a candidate last entered a stage of each job: its cards' latest stay. */
        private Map<UUID, Instant> lastMoves() {
            if (lastMoves == null) {
                Map<UUID, Instant> last = new HashMap<>();
                for (List<StageStay> stays : cards.values()) {
                    // a card's stays are oldest first
                    StageStay latest = stays.getLast();
                    last.merge(latest.jobId(), latest.enteredAt(), (one, other) -> one.isAfter(other) ? one : other);
                }
                lastMoves = last;
            }
            return lastMoves;
        }

        private java.util.stream.Stream<JobDetails> openJobs() {
            return jobs.values().stream().filter(job -> job.status() == JobStatus.OPEN);
        }

        JobDetails job(UUID id) {
            return jobs.get(id);
        }
    }

    private static Durations timeToPlace(List<Placement> placements, Pipelines pipelines) {
        List<Duration> durations = placements.stream()
                .map(placement -> Duration.between(pipelines.firstStay(placement.applicationId()), placement.at()))
                .sorted().toList();
        return new Durations(durations.size(), durations.isEmpty() ? null : percentile(durations, 0.5));
    }

    /** Each member's activity in the period, and in as many days before it. */
    private List<RecruiterActivity> activity(DashboardFilter filter, List<ActivityCount> counted) {
        long days = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
        Map<UUID, Map<ActivityType, Long>> current = perMember(counted);
        Map<UUID, Map<ActivityType, Long>> previous = perMember(counts(filter, filter.from().minusDays(days),
                filter.from()));
        Set<UUID> members = new HashSet<>(current.keySet());
        members.addAll(previous.keySet());
        Map<UUID, String> names = organizations.memberNames();
        return members.stream().map(member -> new RecruiterActivity(member, names.getOrDefault(member, "Former member"),
                        current.getOrDefault(member, emptyCounts()), previous.getOrDefault(member, emptyCounts())))
                .sorted(Comparator.comparingLong(RecruiterActivity::total).reversed()
                        .thenComparing(RecruiterActivity::name)).toList();
    }

    private static List<WeekActivity> weeks(List<ActivityCount> counted) {
        Map<LocalDate, Map<ActivityType, Long>> byWeek = new TreeMap<>();
        for (ActivityCount count : counted) {
            byWeek.computeIfAbsent(count.week(), week -> emptyCounts()).merge(count.type(), count.count(), Long::sum);
        }
        return byWeek.entrySet().stream().map(entry -> new WeekActivity(entry.getKey(), entry.getValue())).toList();
    }

    /** The filter's activities on the firm's days {@code [from, until)}, per week, member and type. */
    private List<ActivityCount> counts(DashboardFilter filter, LocalDate from, LocalDate until) {
        Collection<UUID> jobIds = null;
        if (filter.jobId() != null) {
            jobIds = List.of(filter.jobId());
        } else if (filter.companyId() != null) {
            jobIds = jobs.jobsOfCompanies(List.of(filter.companyId())).getOrDefault(filter.companyId(), List.of())
                    .stream().map(dev.wecruit.jobs.JobSummary::id).toList();
        }
        return activities.weeklyCounts(from, until, jobIds, filter.jobId() == null ? filter.companyId() : null)
                .stream().filter(count -> filter.ownerId() == null || filter.ownerId().equals(count.actorId()))
                .toList();
    }

    private static Map<UUID, Map<ActivityType, Long>> perMember(List<ActivityCount> counts) {
        Map<UUID, Map<ActivityType, Long>> byMember = new HashMap<>();
        counts.forEach(count -> byMember.computeIfAbsent(count.actorId(), member -> emptyCounts())
                .merge(count.type(), count.count(), Long::sum));
        return byMember;
    }

    private static Map<ActivityType, Long> emptyCounts() {
        Map<ActivityType, Long> counts = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            if (type != ActivityType.SYSTEM) {
                counts.put(type, 0L);
            }
        }
        return counts;
    }

    private static List<MonthPlacements> placementsPerMonth(List<Placement> placements, ZoneId zone,
            String currency, Map<UUID, JobDetails> jobs) {
        Map<YearMonth, long[]> counts = new TreeMap<>();
        Map<YearMonth, BigDecimal> fees = new HashMap<>();
        for (Placement placement : placements) {
            YearMonth month = YearMonth.from(placement.at().atZone(zone));
            counts.computeIfAbsent(month, m -> new long[1])[0]++;
            BigDecimal fee = fee(jobs.get(placement.jobId()), currency).orElse(BigDecimal.ZERO);
            fees.merge(month, fee, BigDecimal::add);
        }
        return counts.entrySet().stream().map(entry -> new MonthPlacements(entry.getKey(), entry.getValue()[0],
                fees.get(entry.getKey()))).toList();
    }

    private static Fees fees(List<Placement> placements, List<StageStay> atOffer, String currency,
            Map<UUID, JobDetails> jobs) {
        BigDecimal realised = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        long uncounted = 0;
        for (Placement placement : placements) {
            Optional<BigDecimal> fee = fee(jobs.get(placement.jobId()), currency);
            realised = realised.add(fee.orElse(BigDecimal.ZERO));
            uncounted += fee.isEmpty() ? 1 : 0;
        }
        for (StageStay offer : atOffer) {
            Optional<BigDecimal> fee = fee(jobs.get(offer.jobId()), currency);
            expected = expected.add(fee.orElse(BigDecimal.ZERO));
            uncounted += fee.isEmpty() ? 1 : 0;
        }
        return new Fees(realised, expected, atOffer.size(), uncounted);
    }

    /**
     * What a placement in the job earns, in the currency: a fixed fee, or the percentage of the salary (the middle of
     * the job's range, or the one end given); empty when the terms, the salary or the currency do not allow it.
     */
    static Optional<BigDecimal> fee(JobDetails job, String currency) {
        FeeTerms terms = job.fee();
        if (terms == null || terms.type() == null) {
            return Optional.empty();
        }
        if (terms.type() == FeeTerms.Type.FIXED) {
            return Objects.equals(terms.currency(), currency) ? Optional.ofNullable(terms.amount()) : Optional.empty();
        }
        BigDecimal salary = job.salaryMin() != null && job.salaryMax() != null
                ? job.salaryMin().add(job.salaryMax()).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP)
                : job.salaryMin() != null ? job.salaryMin() : job.salaryMax();
        if (salary == null || terms.percentage() == null || !Objects.equals(job.salaryCurrency(), currency)) {
            return Optional.empty();
        }
        return Optional.of(salary.multiply(terms.percentage()).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP));
    }

    private static List<StuckCandidate> stuckCandidates(List<StageStay> stuck, Pipelines pipelines,
            Map<UUID, CandidateProfile> profiles, Instant now) {
        Map<String, Duration> medians = pipelines.medians(now);
        return stuck.stream().map(stay -> new StuckCandidate(stay.candidateId(), name(profiles.get(stay.candidateId())),
                stay.jobId(), pipelines.job(stay.jobId()).title(), stay.stageName(), stay.enteredAt(),
                medians.get(stay.stageName()))).toList();
    }

    private static String name(CandidateProfile profile) {
        return profile == null ? "Removed candidate" : profile.firstName() + " " + profile.lastName();
    }

    private static List<SourceOfHire> sources(List<StageStay> submissions, List<Placement> placements,
            Map<UUID, String> sources) {
        Map<String, long[]> bySource = new TreeMap<>();
        submissions.forEach(stay -> bySource.computeIfAbsent(source(sources.get(stay.candidateId())),
                source -> new long[2])[0]++);
        placements.forEach(placement -> bySource.computeIfAbsent(source(sources.get(placement.candidateId())),
                source -> new long[2])[1]++);
        return bySource.entrySet().stream()
                .map(entry -> new SourceOfHire(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingLong(SourceOfHire::placements).reversed()
                        .thenComparing(Comparator.comparingLong(SourceOfHire::submissions).reversed()))
                .toList();
    }

    private static String source(String source) {
        return PipelineReach.sourceOf(source);
    }

    /** The value below which the share {@code p} of the sorted durations lie, interpolated between neighbours. */
    static Duration percentile(List<Duration> sorted, double p) {
        double position = p * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        long low = sorted.get(below).toMillis();
        long high = sorted.get(above).toMillis();
        return Duration.ofMillis(Math.round(low + (high - low) * (position - below)));
    }
}
