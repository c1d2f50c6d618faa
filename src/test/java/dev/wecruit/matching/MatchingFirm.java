package dev.wecruit.matching;

import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.jobs.JobDraft;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.RemotePolicy;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The small fixed firm the matching tests rank: a payroll job, and candidates for it and not for it. */
public final class MatchingFirm {

    public static final String PAYROLL_CV = """
            Amrita Kaur
            amrita.kaur@example.com | +44 113 496 0123 | 14 Wharf Street, Leeds LS2 7EQ
            linkedin.com/in/amrita-kaur-payroll
            Date of birth: 03/04/1990
            Nationality: British

            Profile
            Payroll officer running monthly and weekly payrolls for 900 employees in Sage 50 Payroll.

            Experience
            Payroll Officer, Northgate Foods, 2019 to now. Ran RTI submissions to HMRC and pension auto-enrolment.
            """;
    /** A payroll job in Leeds: Sage 50 Payroll and RTI submissions needed, CIPP nice to have. */
    public static JobDraft payrollJob(UUID companyId) {
        return new JobDraft("Payroll Specialist", companyId, null,
                "Run end-to-end payroll for a food manufacturer: weekly and monthly runs, RTI and pensions.",
                List.of("Sage 50 Payroll", "RTI submissions"), List.of("CIPP qualification"), null, "Leeds",
                RemotePolicy.ON_SITE, null, null, null, null, JobStatus.OPEN, null, null, null);
    }

    /** A candidate with one role, six years of experience, an e-mail and a phone of their own. */
    public static CandidateDraft candidate(String first, String last, String title, String company,
            String location, List<String> skills, WorkExperience role) {
        return new CandidateDraft(first, last, List.of(first.toLowerCase(Locale.ROOT) + "@example.com"),
                List.of("+44 113 496 0" + Math.abs(last.hashCode() % 900 + 100)), null, null, location, title,
                company, skills, 6, List.of(role), List.of(), null, null, List.of(), null, null, null, null, null, null, null);
    }

    private MatchingFirm() {
    }
}
