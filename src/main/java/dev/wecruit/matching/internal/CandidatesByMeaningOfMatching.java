package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.CandidatesByMeaning;
import dev.wecruit.matching.CandidateMatch;
import dev.wecruit.matching.MatchingService;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The candidate list's "Ask in words", answered by matching's hybrid ranking of the sentence. */
@Component
class CandidatesByMeaningOfMatching implements CandidatesByMeaning {

    private final MatchingService matching;

    CandidatesByMeaningOfMatching(@Lazy MatchingService matching) {
        this.matching = matching;
    }

    @Override
    public List<CandidateSummary> rank(String words, int limit) {
        return matching.candidatesForWords(words, limit).stream().map(CandidateMatch::candidate).toList();
    }
}
