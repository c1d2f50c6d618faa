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
 * @param lawfulBases lawful bases, any of which the candidate is held on...
 * @param withoutLawfulBasis ...or none recorded
 * @param consent where their consent stands today; null for any
 * @param expiringWithinDays for {@link ConsentStatus#EXPIRING}: how many days ahead, from today
 * @param onLegalHold true for only candidates on legal hold, false for none of them, null for either
 * @param reached how far in the pipelines the candidate got (the dashboard's drill-down); null for anyone
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
        Instant activeBefore,
        List<LawfulBasis> lawfulBases,
        boolean withoutLawfulBasis,
        ConsentStatus consent,
        int expiringWithinDays,
        Boolean onLegalHold,
        PipelineReach reached) {

    /** How far ahead "expiring soon" looks unless told. */
    public static final int DEFAULT_EXPIRING_WITHIN_DAYS = 30;

    /** Every candidate of the firm. */
    public static final CandidateQuery ALL = new CandidateQuery(null, List.of(), true, null, List.of(), null, null,
            null, null, List.of(), false, null, DEFAULT_EXPIRING_WITHIN_DAYS, null, null);

    public CandidateQuery {
        text = blankToNull(text);
        location = blankToNull(location);
        skills = nonBlank(skills);
        tags = nonBlank(tags);
        lawfulBases = lawfulBases == null ? List.of()
                : lawfulBases.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public static CandidateQuery text(String text) {
        return ALL.withText(text);
    }

    public CandidateQuery withText(String newText) {
        return new CandidateQuery(newText, skills, allSkills, location, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, reached);
    }

    public CandidateQuery withSkills(List<String> newSkills, boolean all) {
        return new CandidateQuery(text, newSkills, all, location, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, reached);
    }

    public CandidateQuery withLocation(String newLocation) {
        return new CandidateQuery(text, skills, allSkills, newLocation, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, reached);
    }

    public CandidateQuery withTags(List<String> newTags) {
        return new CandidateQuery(text, skills, allSkills, location, newTags, ownerId, inPipelineOf, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, reached);
    }

    public CandidateQuery withOwner(UUID newOwnerId) {
        return new CandidateQuery(text, skills, allSkills, location, tags, newOwnerId, inPipelineOf, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, reached);
    }

    public CandidateQuery inPipelineOf(UUID jobId) {
        return new CandidateQuery(text, skills, allSkills, location, tags, ownerId, jobId, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, reached);
    }

    public CandidateQuery activeBetween(Instant after, Instant before) {
        return new CandidateQuery(text, skills, allSkills, location, tags, ownerId, inPipelineOf, after, before,
                lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, reached);
    }

    /** Candidates held on any of these lawful bases, or ({@code without}) on none recorded. */
    public CandidateQuery withLawfulBases(List<LawfulBasis> bases, boolean without) {
        return new CandidateQuery(text, skills, allSkills, location, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore, bases, without, consent, expiringWithinDays, onLegalHold, reached);
    }

    /** Candidates whose consent stands so today; {@code withinDays} for {@link ConsentStatus#EXPIRING}. */
    public CandidateQuery withConsent(ConsentStatus status, int withinDays) {
        return new CandidateQuery(text, skills, allSkills, location, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, status, withinDays, onLegalHold, reached);
    }

    /** Only candidates on legal hold (true), none of them (false), or either (null). */
    public CandidateQuery onLegalHold(Boolean held) {
        return new CandidateQuery(text, skills, allSkills, location, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, held, reached);
    }

    /** The same search, of the candidates who got this far in the pipelines; null for anyone. */
    public CandidateQuery withReach(PipelineReach reach) {
        return new CandidateQuery(text, skills, allSkills, location, tags, ownerId, inPipelineOf, activeAfter,
                activeBefore, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, reach);
    }

    /** True when nothing narrows the list. */
    public boolean isEverything() {
        return text == null && skills.isEmpty() && location == null && tags.isEmpty() && ownerId == null
                && inPipelineOf == null && activeAfter == null && activeBefore == null && lawfulBases.isEmpty()
                && !withoutLawfulBasis && consent == null && onLegalHold == null && reached == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
