package dev.wecruit.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** A job with everything its page shows, stages in board order. */
public record JobDetails(
        UUID id,
        String title,
        UUID companyId,
        UUID hiringManagerId,
        String description,
        List<String> skills,
        List<String> niceToHave,
        Seniority seniority,
        String location,
        RemotePolicy remotePolicy,
        BigDecimal salaryMin,
        BigDecimal salaryMax,
        String salaryCurrency,
        FeeTerms fee,
        JobStatus status,
        UUID ownerId,
        LocalDate openedOn,
        LocalDate closedOn,
        List<Stage> stages,
        Instant updatedAt,
        long version) {

    /** The must-have requirements, then the nice-to-have ones, as matching scores them. */
    public List<Requirement> requirements() {
        return Stream.concat(skills.stream().map(Requirement::mustHave),
                niceToHave.stream().map(Requirement::niceToHave)).toList();
    }

    /** The stage new candidates enter: the first active one. */
    public Stage entryStage() {
        return stages.stream().filter(stage -> stage.kind() == StageKind.ACTIVE).findFirst()
                .orElseThrow(() -> new IllegalStateException("Job " + id + " has no active stage"));
    }
}
