package dev.wecruit.pipeline.internal;

import dev.wecruit.candidates.PipelineMembers;
import dev.wecruit.candidates.PipelineReach;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.pipeline.StageStay;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the candidate list's pipeline filters: "in a job's pipeline" from the job's applications, and how far
 * candidates got (the dashboard's drill-down) from the stage history, counted as the dashboard's funnel and
 * placements count (decision 0029): a stage reached is that stage or a later one of the job's pipeline, rejections
 * not counted, of the cards whose first stay began in the period; placed is a card's first placement in the period;
 * submitted is a card's first stay beyond screening, begun in the period. The source is the candidates module's.
 */
@Component
@Transactional(readOnly = true)
class PipelineMembersQuery implements PipelineMembers {

    private final ApplicationRepository applications;
    private final StageStays stays;
    private final JobService jobs;
    private final OrganizationService organizations;

    PipelineMembersQuery(ApplicationRepository applications, StageStays stays, JobService jobs,
            OrganizationService organizations) {
        this.applications = applications;
        this.stays = stays;
        this.jobs = jobs;
        this.organizations = organizations;
    }

    @Override
    public Set<UUID> candidatesInPipelineOf(UUID jobId) {
        return jobId == null ? Set.of() : new HashSet<>(applications.findCandidateIdsByJobId(jobId));
    }

    @Override
    public Set<UUID> candidatesWhoReached(PipelineReach reach) {
        ZoneId zone = organizations.timeZone();
        Instant from = reach.from() == null ? Instant.EPOCH : reach.from().atStartOfDay(zone).toInstant();
        Instant to = reach.to() == null ? Instant.MAX : reach.to().plusDays(1).atStartOfDay(zone).toInstant();
        Map<UUID, List<Stage>> funnels = new HashMap<>();
        for (JobDetails job : jobs.list(Set.of())) {
            if ((reach.jobId() == null || reach.jobId().equals(job.id()))
                    && (reach.jobOwnerId() == null || reach.jobOwnerId().equals(job.ownerId()))
                    && (reach.clientId() == null || reach.clientId().equals(job.companyId()))) {
                funnels.put(job.id(), job.stages().stream().filter(stage -> stage.kind() != StageKind.REJECTED)
                        .sorted(Comparator.comparingInt(Stage::position)).toList());
            }
        }
        Map<UUID, List<StageStay>> cards = new LinkedHashMap<>();
        for (StageStay stay : funnels.isEmpty() ? List.<StageStay>of() : stays.ofJobsSince(funnels.keySet(), from)) {
            cards.computeIfAbsent(stay.applicationId(), id -> new ArrayList<>()).add(stay);
        }
        Set<UUID> found = new HashSet<>();
        for (List<StageStay> stays : cards.values()) {
            if (reach.placed() ? placedIn(stays, from, to)
                    : reach.submitted() ? submittedIn(stays, funnels, from, to)
                    : reached(stays, funnels, reach.stage(), from, to)) {
                found.add(stays.getFirst().candidateId());
            }
        }
        return found;
    }

    private static boolean placedIn(List<StageStay> stays, Instant from, Instant to) {
        return stays.stream().filter(stay -> stay.stageKind() == StageKind.HIRED).findFirst()
                .filter(stay -> !stay.enteredAt().isBefore(from) && stay.enteredAt().isBefore(to)).isPresent();
    }

    /** The card's first stay beyond screening began in the period, as the dashboard's source of hire counts it. */
    private static boolean submittedIn(List<StageStay> stays, Map<UUID, List<Stage>> funnels, Instant from,
            Instant to) {
        List<Stage> funnel = funnels.getOrDefault(stays.getFirst().jobId(), List.of());
        for (StageStay stay : stays) {
            for (int i = PipelineReach.SUBMITTED_STEP; i < funnel.size(); i++) {
                if (funnel.get(i).id().equals(stay.stageId())) {
                    return !stay.enteredAt().isBefore(from) && stay.enteredAt().isBefore(to);
                }
            }
        }
        return false;
    }

    private static boolean reached(List<StageStay> stays, Map<UUID, List<Stage>> funnels, String stage, Instant from,
            Instant to) {
        StageStay first = stays.getFirst();
        if (first.enteredAt().isBefore(from) || !first.enteredAt().isBefore(to)) {
            return false;
        }
        List<Stage> funnel = funnels.getOrDefault(first.jobId(), List.of());
        int wanted = -1;
        for (int i = 0; i < funnel.size(); i++) {
            if (funnel.get(i).name().equalsIgnoreCase(stage)) {
                wanted = i;
            }
        }
        if (wanted < 0) {
            return false;
        }
        int furthest = -1;
        for (StageStay stay : stays) {
            if (stay.enteredAt().isBefore(to)) {
                for (int i = 0; i < funnel.size(); i++) {
                    if (funnel.get(i).id().equals(stay.stageId())) {
                        furthest = Math.max(furthest, i);
                    }
                }
            }
        }
        return furthest >= wanted;
    }
}
