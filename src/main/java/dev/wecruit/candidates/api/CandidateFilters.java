package dev.wecruit.candidates.api;

import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.ConsentStatus;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.shared.InvalidInputException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a {@code CandidateFilter} input into the one {@link CandidateQuery} the candidate search runs. The query is a
 * conjunction with one value per condition, so {@code and} merges into it where the result means the same (time
 * ranges narrow, all-skills lists add up, equal values agree) and is refused as VALIDATION where it would not (two
 * search texts, two any-of lists), rather than answered with something else than was asked.
 */
final class CandidateFilters {

    private String search;
    private final Set<String> allSkills = new LinkedHashSet<>();
    private List<String> anySkills;
    private List<String> tags;
    private String location;
    private UUID owner;
    private UUID inPipelineOf;
    private Instant activeFrom;
    private Instant activeBefore;
    private Set<LawfulBasis> lawfulBases;
    private Boolean withoutLawfulBasis;
    private ConsentStatus consent;
    private Integer expiringWithinDays;
    private Boolean onLegalHold;

    private CandidateFilters() {
    }

    static CandidateQuery query(Map<String, Object> filter) {
        var filters = new CandidateFilters();
        if (filter != null) {
            filters.add(filter, "filter");
        }
        return filters.toQuery();
    }

    @SuppressWarnings("unchecked")
    private void add(Map<String, Object> filter, String path) {
        filter.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            String field = path + "." + name;
            switch (name) {
                case "search" -> search = once(search, (String) value, field);
                case "skills" -> skills((Map<String, Object>) value, field);
                case "tags" -> {
                    Object any = ((Map<String, Object>) value).get("any");
                    if (any != null) {
                        tags = once(tags, (List<String>) any, field);
                    }
                }
                case "location" -> location = once(location, (String) value, field);
                case "owner" -> owner = once(owner, owner((Map<String, Object>) value, field), field);
                case "inPipelineOf" -> inPipelineOf = once(inPipelineOf, GlobalId.parse((String) value, "Job", field),
                        field);
                case "lastActivityAt" -> {
                    var range = (Map<String, Object>) value;
                    activeFrom = latest(activeFrom, (Instant) range.get("from"));
                    activeBefore = earliest(activeBefore, (Instant) range.get("before"));
                }
                case "lawfulBasis" -> lawfulBasis((Map<String, Object>) value, field);
                case "consent" -> {
                    var consentFilter = (Map<String, Object>) value;
                    consent = once(consent, ConsentStatus.valueOf((String) consentFilter.get("status")), field);
                    Integer within = (Integer) consentFilter.get("withinDays");
                    if (within != null && (within < 1 || within > CandidateService.MAX_EXPIRING_WITHIN_DAYS)) {
                        throw InvalidInputException.of(field + ".withinDays",
                                "Between 1 and " + CandidateService.MAX_EXPIRING_WITHIN_DAYS + " days");
                    }
                    expiringWithinDays = once(expiringWithinDays, within, field + ".withinDays");
                }
                case "onLegalHold" -> onLegalHold = once(onLegalHold, (Boolean) value, field);
                case "and" -> {
                    List<Map<String, Object>> parts = (List<Map<String, Object>>) value;
                    for (int i = 0; i < parts.size(); i++) {
                        add(parts.get(i), field + "[" + i + "]");
                    }
                }
                // the schema's CandidateFilter and this switch disagree: a programming error, not the client's
                default -> throw new IllegalStateException("No candidate filter field " + name);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void skills(Map<String, Object> skills, String field) {
        List<String> all = (List<String>) skills.get("all");
        List<String> any = (List<String>) skills.get("any");
        if (all != null && any != null) {
            throw InvalidInputException.of(field, "Give all or any, not both");
        }
        if (all != null) {
            allSkills.addAll(all);
        }
        if (any != null) {
            anySkills = once(anySkills, any, field + ".any");
        }
    }

    @SuppressWarnings("unchecked")
    private void lawfulBasis(Map<String, Object> filter, String field) {
        Set<LawfulBasis> bases = new LinkedHashSet<>();
        String eq = (String) filter.get("eq");
        List<String> in = (List<String>) filter.get("in");
        if (eq != null && in != null && !in.contains(eq)) {
            throw InvalidInputException.of(field, "eq is not among in: no candidate could match both");
        }
        if (in != null) {
            in.forEach(basis -> bases.add(LawfulBasis.valueOf(basis)));
        } else if (eq != null) {
            bases.add(LawfulBasis.valueOf(eq));
        }
        if (eq != null && in != null) {
            bases.retainAll(Set.of(LawfulBasis.valueOf(eq)));
        }
        Boolean notRecorded = (Boolean) filter.get("notRecorded");
        if (bases.isEmpty() && !Boolean.TRUE.equals(notRecorded)) {
            return; // nothing asked: notRecorded false adds no candidates to the ones in names
        }
        lawfulBases = once(lawfulBases, bases, field);
        withoutLawfulBasis = once(withoutLawfulBasis, Boolean.TRUE.equals(notRecorded), field + ".notRecorded");
    }

    @SuppressWarnings("unchecked")
    private static UUID owner(Map<String, Object> filter, String field) {
        String eq = (String) filter.get("eq");
        List<String> in = (List<String>) filter.get("in");
        if (in != null && (in.size() != 1 || eq != null && !eq.equals(in.getFirst()))) {
            throw InvalidInputException.of(field, "Candidates have one owner: give one member");
        }
        String id = eq != null ? eq : in == null ? null : in.getFirst();
        return id == null ? null : GlobalId.parse(id, "Member", field);
    }

    private CandidateQuery toQuery() {
        if (anySkills != null && !allSkills.isEmpty()) {
            throw InvalidInputException.of("filter.skills", "Give all or any, not both");
        }
        CandidateQuery query = CandidateQuery.ALL.withText(search)
                .withSkills(anySkills != null ? anySkills : List.copyOf(allSkills), anySkills == null)
                .withLocation(location).withTags(tags == null ? List.of() : tags).withOwner(owner)
                .activeBetween(activeFrom, activeBefore)
                .withLawfulBases(lawfulBases == null ? List.of() : List.copyOf(lawfulBases),
                        Boolean.TRUE.equals(withoutLawfulBasis))
                .withConsent(consent, expiringWithinDays == null ? CandidateQuery.DEFAULT_EXPIRING_WITHIN_DAYS
                        : expiringWithinDays)
                .onLegalHold(onLegalHold);
        return inPipelineOf == null ? query : query.inPipelineOf(inPipelineOf);
    }

    private static <T> T once(T current, T value, String field) {
        if (current != null && !Objects.equals(current, value)) {
            throw InvalidInputException.of(field, "Given twice with different values: a candidate search takes one");
        }
        return value;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
