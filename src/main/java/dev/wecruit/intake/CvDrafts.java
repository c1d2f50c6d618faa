package dev.wecruit.intake;

import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.intake.parsing.CvFields;
import dev.wecruit.intake.parsing.Proposal;
import java.util.List;
import java.util.UUID;

/** Candidate drafts from what a CV proposed: the form's starting values, and what the API saves as it is. */
public final class CvDrafts {

    /** Where candidates added from a CV say they came from. */
    public static final String SOURCE = "CV";

    private CvDrafts() {
    }

    /**
     * A draft of everything the CV proposed, owned by {@code ownerId}. Candidates from CVs are held on the
     * lawful basis of legitimate interests until the firm records consent.
     */
    public static CandidateDraft draftOf(CvFields fields, UUID ownerId) {
        return new CandidateDraft(value(fields.firstName()), value(fields.lastName()), values(fields.emails()),
                values(fields.phones()), null, value(fields.linkedinUrl()), value(fields.location()),
                value(fields.currentTitle()), value(fields.currentEmployer()), values(fields.skills()),
                fields.yearsOfExperience() == null ? null : fields.yearsOfExperience().value(),
                fields.workHistory().stream().map(Proposal::value)
                        .map(role -> new WorkExperience(role.title(), role.employer(),
                                role.from() == null ? null : role.from().getYear(),
                                role.to() == null ? null : role.to().getYear(), null))
                        .limit(50).toList(),
                fields.education().stream().map(Proposal::value).filter(study -> study.institution() != null)
                        .map(study -> new Education(study.institution(), study.qualification(), study.toYear()))
                        .limit(20).toList(),
                SOURCE, ownerId, List.of(), LawfulBasis.LEGITIMATE_INTEREST, null, null, null, null, null, null);
    }

    static String value(Proposal<String> proposal) {
        return proposal == null ? null : proposal.value();
    }

    static List<String> values(List<Proposal<String>> proposals) {
        return proposals.stream().map(Proposal::value).distinct().toList();
    }
}
