package dev.wecruit.candidates;

import dev.wecruit.shared.BoundedCount;
import java.util.List;

/**
 * What the candidate list shows after a change of the search: how many candidates it finds (exactly up to a bound)
 * and the first of them, from one plan of the search.
 */
public record CandidateResults(BoundedCount count, List<CandidateSummary> firstRows) {

    public CandidateResults {
        firstRows = List.copyOf(firstRows);
    }
}
