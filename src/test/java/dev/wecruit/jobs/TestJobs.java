package dev.wecruit.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Drafts of jobs with realistic defaults. */
public final class TestJobs {

    public static JobDraft aJobAt(UUID companyId) {
        return aJobAt(companyId, null);
    }

    public static JobDraft aJobAt(UUID companyId, UUID hiringManagerId) {
        return new JobDraft("Senior Supply Chain Planner", companyId, hiringManagerId,
                "Own demand and supply planning for the Benelux network.", List.of("SAP APO", "S&OP", "Excel"), List.of("Dutch"),
                Seniority.SENIOR, "Rotterdam", RemotePolicy.HYBRID, new BigDecimal("65000"), new BigDecimal("80000"),
                "EUR", FeeTerms.percentage(new BigDecimal("22.5")), JobStatus.OPEN, null, LocalDate.now().minusDays(3),
                null);
    }

    /** The same draft with other fee terms. */
    public static JobDraft withFee(JobDraft draft, FeeTerms fee) {
        return draft.toBuilder().fee(fee).build();
    }

    /** The same draft with an owner. */
    public static JobDraft withOwner(JobDraft draft, UUID ownerId) {
        return draft.toBuilder().ownerId(ownerId).build();
    }

    /** The same draft with another status. */
    public static JobDraft withStatus(JobDraft draft, JobStatus status) {
        return draft.toBuilder().status(status).build();
    }

    private TestJobs() {
    }
}
