package dev.wecruit.candidates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the candidate list is asked to show. Every part is optional; the parts that are given must all hold.
 *
 * @param text a name ("joh smi" finds John Smith), an exact email or phone number, or words that must all appear in
 *     the title, company or skills
 * @param skills skills the candidate has, ignoring case; {@code allSkills} says whether all of them or any one
 * @param location text the location contains, ignoring case
 * @param tags tags of which the candidate has at least one, ignoring case
 * @param ownerId the recruiter responsible
 * @param inPipelineOf a job whose pipeline the candidate is in
 * @param activeAfter last activity at or after this instant
 * @param activeBefore last activity before this instant
 */
public record CandidateQuery(
        String text,
        List<String> skills,
        boolean allSkills,
        String location,
        List<String> tags,
        UUID ownerId,
        UUID inPipelineOf,
        Instant activeAfter,
        Instant activeBefore) {

    /** Every candidate of the firm. */
    public static final CandidateQuery ALL = new CandidateQuery(null, List.of(), true, null, List.of(), null, null,
            null, null);

    public CandidateQuery {
        text = blankToNull(text);
        location = blankToNull(location);
        skills = nonBlank(skills);
        tags = nonBlank(tags);
    }

    public static CandidateQuery text(String text) {
        return ALL.withText(text);
    }

    public CandidateQuery withText(String newText) {
        return new CandidateQuery(newText, skills, allSkills, location, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore);
    }

    public CandidateQuery withSkills(List<String> newSkills, boolean all) {
        return new CandidateQuery(text, newSkills, all, location, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore);
    }

    public CandidateQuery withLocation(String newLocation) {
        return new CandidateQuery(text, skills, allSkills, newLocation, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore);
    }

    public CandidateQuery withTags(List<String> newTags) {
        return new CandidateQuery(text, skills, allSkills, location, newTags, ownerId, inPipelineOf, activeAfter,
                activeBefore);
    }

    public CandidateQuery withOwner(UUID newOwnerId) {
        return new CandidateQuery(text, skills, allSkills, location, tags, newOwnerId, inPipelineOf, activeAfter,
                activeBefore);
    }

    public CandidateQuery inPipelineOf(UUID jobId) {
        return new CandidateQuery(text, skills, allSkills, location, tags, ownerId, jobId, activeAfter,
                activeBefore);
    }

    public CandidateQuery activeBetween(Instant after, Instant before) {
        return new CandidateQuery(text, skills, allSkills, location, tags, ownerId, inPipelineOf, after, before);
    }

    /** True when nothing narrows the list. */
    public boolean isEverything() {
        return text == null && skills.isEmpty() && location == null && tags.isEmpty() && ownerId == null
                && inPipelineOf == null && activeAfter == null && activeBefore == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
