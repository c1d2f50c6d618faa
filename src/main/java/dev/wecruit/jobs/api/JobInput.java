package dev.wecruit.jobs.api;

import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDraft;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.RemotePolicy;
import dev.wecruit.jobs.Seniority;
import dev.wecruit.platform.graphql.GlobalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The {@code JobInput} of {@code createJob} and {@code updateJob}, as the client sent it: global ids and floats,
 * turned into the {@link JobDraft} the service checks. Field errors name the input's fields, which are the draft's.
 */
record JobInput(String title, String companyId, String hiringManagerId, String description, List<String> skills,
        List<String> niceToHave, Seniority seniority, String location, RemotePolicy remotePolicy, Double salaryMin,
        Double salaryMax, String salaryCurrency, FeeInput fee, JobStatus status, String ownerId, LocalDate openedOn,
        LocalDate closedOn) {

    record FeeInput(FeeTerms.Type type, Double percentage, Double amount, String currency) {
    }

    JobDraft draft() {
        return JobDraft.builder()
                .title(title)
                .companyId(GlobalId.parse(companyId, "Company", "companyId"))
                .hiringManagerId(id(hiringManagerId, "Contact", "hiringManagerId"))
                .description(description)
                .skills(skills == null ? List.of() : skills)
                .niceToHave(niceToHave == null ? List.of() : niceToHave)
                .seniority(seniority)
                .location(location)
                .remotePolicy(remotePolicy)
                .salaryMin(decimal(salaryMin))
                .salaryMax(decimal(salaryMax))
                .salaryCurrency(salaryCurrency)
                .fee(fee == null ? null : new FeeTerms(fee.type(), decimal(fee.percentage()), decimal(fee.amount()),
                        fee.currency()))
                .status(status)
                .ownerId(id(ownerId, "Member", "ownerId"))
                .openedOn(openedOn)
                .closedOn(closedOn)
                .build();
    }

    private static UUID id(String globalId, String type, String field) {
        return globalId == null ? null : GlobalId.parse(globalId, type, field);
    }

    /** The decimal the client wrote: 22.5 stays 22.5, not the binary fraction nearest to it. */
    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
