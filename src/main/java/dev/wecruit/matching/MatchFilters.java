package dev.wecruit.matching;

import java.util.Set;

/**
 * What a recruiter narrows "Best matches" to.
 *
 * @param location only candidates whose location contains this (case aside); null or blank for anywhere, as for a
 *     remote job
 * @param excludeInPipeline leave out candidates already in the job's pipeline
 * @param excludeTags leave out candidates with any of these tags ("Do not contact")
 */
public record MatchFilters(String location, boolean excludeInPipeline, Set<String> excludeTags) {

    public static final String DO_NOT_CONTACT = "Do not contact";

    /** Anywhere, not yet in the pipeline, never those marked "Do not contact". */
    public static MatchFilters defaults() {
        return new MatchFilters(null, true, Set.of(DO_NOT_CONTACT));
    }

    public static MatchFilters none() {
        return new MatchFilters(null, false, Set.of());
    }
}
