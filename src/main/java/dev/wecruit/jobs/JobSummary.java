package dev.wecruit.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A job without its stages: what a list of many jobs reads in one query (the API's pages and batches), whose stages
 * are read for all of them at once only when asked for ({@link StageService#stagesOf(java.util.Collection)}).
 */
public record JobSummary(
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
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The must-have requirements, then the nice-to-have ones, as {@link JobDetails#requirements()}. */
    public List<Requirement> requirements() {
        return Stream.concat(skills.stream().map(Requirement::mustHave),
                niceToHave.stream().map(Requirement::niceToHave)).toList();
    }
}
