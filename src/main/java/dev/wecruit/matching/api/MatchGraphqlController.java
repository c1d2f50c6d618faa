package dev.wecruit.matching.api;

import dev.wecruit.candidates.CandidateProfile;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.jobs.JobSummary;
import dev.wecruit.matching.CandidateMatch;
import dev.wecruit.matching.MatchFilters;
import dev.wecruit.matching.MatchingService;
import dev.wecruit.platform.graphql.ApiLimits;
import dev.wecruit.platform.graphql.Batches;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.platform.graphql.Paging.PageTooLargeException;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A job's best matches in the API ({@code matching.graphqls}), through {@link MatchingService} with the filters the
 * job page starts with. Each job's ranking is its own computation, so this is one call per job asked for, not a
 * batch; the complexity limit counts {@code first} for each.
 */
@Controller
class MatchGraphqlController {

    private final MatchingService matching;
    private final ApiLimits limits;
    private final CandidateService candidates;

    MatchGraphqlController(MatchingService matching, ApiLimits limits, CandidateService candidates) {
        this.matching = matching;
        this.candidates = candidates;
        this.limits = limits;
    }

    @SchemaMapping(typeName = "Job")
    List<CandidateMatch> matches(JobSummary job, @Argument Integer first) {
        int size = first != null ? first : limits.defaultPageSize();
        int most = Math.min(limits.maxPageSize(), MatchingService.MAX_RESULTS);
        if (size < 1 || size > most) {
            throw new PageTooLargeException(size, most);
        }
        return matching.candidatesFor(job.id(), MatchFilters.defaults(), size);
    }

    @BatchMapping(typeName = "Match")
    Map<CandidateMatch, CandidateProfile> candidate(List<CandidateMatch> batch) {
        return Batches.related(batch, match -> match.candidate().id(), candidates::profiles);
    }

    @SchemaMapping(typeName = "Match")
    String candidateId(CandidateMatch match) {
        return GlobalId.of("Candidate", match.candidate().id());
    }
}
