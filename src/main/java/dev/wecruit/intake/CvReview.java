package dev.wecruit.intake;

import dev.wecruit.candidates.CandidateDetails;
import java.util.List;
import java.util.UUID;

/**
 * A parsed CV as its reviewer sees it: the proposal, the firm's possible duplicates, and, for "Update from CV", the
 * candidate it updates.
 *
 * @param updating the candidate the CV was dropped on, or null for a new one
 */
public record CvReview(UUID intakeId, ParsedCv parsed, List<PossibleDuplicate> duplicates,
        CandidateDetails updating) {
}
