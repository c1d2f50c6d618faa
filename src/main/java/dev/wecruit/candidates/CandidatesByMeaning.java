package dev.wecruit.candidates;

import java.util.List;

/**
 * Ranks the firm's candidates by what words mean rather than by the words themselves ("payroll specialist in Leeds
 * who knows Sage"), for the candidate list's "Ask in words". Matching provides it; candidates does not depend on
 * matching, so the list asks for it as an optional bean.
 */
public interface CandidatesByMeaning {

    /**
     * @throws dev.wecruit.shared.InvalidInputException under {@code words} when the words cannot be searched
     */
    List<CandidateSummary> rank(String words, int limit);
}
