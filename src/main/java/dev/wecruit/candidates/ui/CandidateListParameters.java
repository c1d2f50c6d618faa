package dev.wecruit.candidates.ui;

import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.ConsentStatus;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.PipelineReach;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.shell.RecordPageView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidate list's search, filters and order as URL query parameters, so a search can be bookmarked and shared:
 * {@code ?q=joh+smi&skills=Java,Kotlin&match=any&location=London&tags=Shortlist&owner=<id>&job=<id>
 * &after=2026-01-01&before=2026-07-01&basis=consent,none&consent=expiring&within=30&hold=yes&sort=title&dir=asc}.
 * The dashboard's drill-down adds how far candidates got in the pipelines ({@link PipelineReach}):
 * {@code stage=Interview}, {@code placed=yes} or {@code submitted=yes}, with {@code from=2026-01-01&to=2026-03-31}, the
 * jobs in view ({@code job}, {@code jobs-of=<member id>}, {@code client=<company id>}) and the candidates' source
 * ({@code source=LinkedIn}, the source of hire's bars).
 * Anything malformed is ignored rather than refused: a shared link still opens.
 *
 * @param activeFrom first day of last activity, inclusive
 * @param activeUntil last day of last activity, inclusive
 * @param withoutLawfulBasis candidates with no lawful basis recorded too ({@code basis=none})
 * @param expiringWithinDays how far ahead "expiring" looks
 */
record CandidateListParameters(String text, List<String> skills, boolean anySkill, String location, List<String> tags,
        UUID ownerId, UUID jobId, LocalDate activeFrom, LocalDate activeUntil, List<LawfulBasis> lawfulBases,
        boolean withoutLawfulBasis, ConsentStatus consent, int expiringWithinDays, boolean onLegalHold,
        CandidateSort.Order order, PipelineReach reached) {

    static final String NO_BASIS = "none";

    static final CandidateListParameters NONE = new CandidateListParameters(null, List.of(), false, null, List.of(),
            null, null, null, null, List.of(), false, null, CandidateQuery.DEFAULT_EXPIRING_WITHIN_DAYS, false,
            CandidateSort.Order.DEFAULT, null);

    static CandidateListParameters from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        CandidateSort by = one(values, "sort").flatMap(CandidateListParameters::sort).orElse(CandidateSort.LAST_ACTIVITY);
        boolean ascending = one(values, "dir").map("asc"::equals)
                .orElse(by != CandidateSort.LAST_ACTIVITY);
        List<String> bases = list(values, "basis");
        return new CandidateListParameters(one(values, "q").orElse(null), list(values, "skills"),
                one(values, "match").map("any"::equals).orElse(false), one(values, "location").orElse(null),
                list(values, "tags"), one(values, "owner").flatMap(RecordPageView::parseId).orElse(null),
                one(values, "job").flatMap(RecordPageView::parseId).orElse(null),
                one(values, "after").flatMap(CandidateListParameters::date).orElse(null),
                one(values, "before").flatMap(CandidateListParameters::date).orElse(null),
                bases.stream().map(basis -> named(LawfulBasis.values(), basis)).flatMap(Optional::stream).toList(),
                bases.contains(NO_BASIS), one(values, "consent").flatMap(v -> named(ConsentStatus.values(), v))
                        .orElse(null),
                one(values, "within").flatMap(CandidateListParameters::days)
                        .orElse(CandidateQuery.DEFAULT_EXPIRING_WITHIN_DAYS),
                one(values, "hold").map("yes"::equals).orElse(false), new CandidateSort.Order(by, ascending),
                reach(values));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "q", text);
        put(values, "skills", skills.isEmpty() ? null : String.join(",", skills));
        put(values, "match", anySkill && !skills.isEmpty() ? "any" : null);
        put(values, "location", location);
        put(values, "tags", tags.isEmpty() ? null : String.join(",", tags));
        put(values, "owner", ownerId == null ? null : ownerId.toString());
        put(values, "job", jobId == null ? null : jobId.toString());
        put(values, "after", activeFrom == null ? null : activeFrom.toString());
        put(values, "before", activeUntil == null ? null : activeUntil.toString());
        List<String> bases = new java.util.ArrayList<>(lawfulBases.stream().map(CandidateListParameters::name).toList());
        if (withoutLawfulBasis) {
            bases.add(NO_BASIS);
        }
        put(values, "basis", bases.isEmpty() ? null : String.join(",", bases));
        put(values, "consent", consent == null ? null : name(consent));
        put(values, "within", consent == ConsentStatus.EXPIRING
                && expiringWithinDays != CandidateQuery.DEFAULT_EXPIRING_WITHIN_DAYS
                ? Integer.toString(expiringWithinDays) : null);
        put(values, "hold", onLegalHold ? "yes" : null);
        if (reached != null) {
            put(values, "stage", reached.stage());
            put(values, "placed", reached.placed() ? "yes" : null);
            put(values, "submitted", reached.submitted() ? "yes" : null);
            put(values, "source", reached.source());
            put(values, "from", reached.from() == null ? null : reached.from().toString());
            put(values, "to", reached.to() == null ? null : reached.to().toString());
            if (jobId == null) {
                put(values, "job", reached.jobId() == null ? null : reached.jobId().toString());
            }
            put(values, "jobs-of", reached.jobOwnerId() == null ? null : reached.jobOwnerId().toString());
            put(values, "client", reached.clientId() == null ? null : reached.clientId().toString());
        }
        if (!order.equals(CandidateSort.Order.DEFAULT)) {
            values.put("sort", order.by().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            values.put("dir", order.ascending() ? "asc" : "desc");
        }
        return QueryParameters.simple(values);
    }

    /** The query for the service; days are whole days in the member's time zone. */
    CandidateQuery toQuery(ZoneId zone) {
        return new CandidateQuery(text, skills, !anySkill, location, tags, ownerId, jobId,
                activeFrom == null ? null : activeFrom.atStartOfDay(zone).toInstant(),
                activeUntil == null ? null : activeUntil.plusDays(1).atStartOfDay(zone).toInstant(), lawfulBases,
                withoutLawfulBasis, consent, expiringWithinDays, onLegalHold ? Boolean.TRUE : null, reached);
    }

    boolean hasFilters() {
        return !skills.isEmpty() || location != null || !tags.isEmpty() || ownerId != null || jobId != null
                || activeFrom != null || activeUntil != null || !lawfulBases.isEmpty() || withoutLawfulBasis
                || consent != null || onLegalHold || reached != null;
    }

    /** The same search with another order. */
    CandidateListParameters withOrder(CandidateSort.Order newOrder) {
        return new CandidateListParameters(text, skills, anySkill, location, tags, ownerId, jobId, activeFrom,
                activeUntil, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, newOrder,
                reached);
    }

    /** The same search without how far candidates got in the pipelines. */
    CandidateListParameters withoutReach() {
        return new CandidateListParameters(text, skills, anySkill, location, tags, ownerId, jobId, activeFrom,
                activeUntil, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, order, null);
    }

    /** The same search with another text. */
    CandidateListParameters withText(String newText) {
        return new CandidateListParameters(newText, skills, anySkill, location, tags, ownerId, jobId, activeFrom,
                activeUntil, lawfulBases, withoutLawfulBasis, consent, expiringWithinDays, onLegalHold, order, reached);
    }

    /** The search text and order without any filter. */
    CandidateListParameters withoutFilters() {
        return new CandidateListParameters(text, List.of(), false, null, List.of(), null, null, null, null, List.of(),
                false, null, CandidateQuery.DEFAULT_EXPIRING_WITHIN_DAYS, false, order, null);
    }

    /** An enum value as the address writes it: {@code LEGITIMATE_INTEREST} is "legitimate-interest". */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> Optional<E> named(E[] values, String name) {
        return Arrays.stream(values).filter(value -> name(value).equals(name)).findFirst();
    }

    private static Optional<Integer> days(String value) {
        try {
            int days = Integer.parseInt(value);
            return days >= 1 && days <= CandidateService.MAX_EXPIRING_WITHIN_DAYS ? Optional.of(days)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
    }

    private static Optional<String> one(Map<String, List<String>> values, String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static List<String> list(Map<String, List<String>> values, String name) {
        return one(values, name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList()).orElse(List.of());
    }

    /**
     * A stage reached, "placed" or "submitted", within the period and jobs the address gives and of its source; null
     * when it names none of them (a source alone is ignored).
     */
    private static PipelineReach reach(Map<String, List<String>> values) {
        Optional<String> stage = one(values, "stage");
        boolean placed = one(values, "placed").map("yes"::equals).orElse(false);
        boolean submitted = one(values, "submitted").map("yes"::equals).orElse(false);
        if ((stage.isPresent() ? 1 : 0) + (placed ? 1 : 0) + (submitted ? 1 : 0) != 1) {
            return null; // none, or more than one: the address is ambiguous
        }
        LocalDate from = one(values, "from").flatMap(CandidateListParameters::date).orElse(null);
        LocalDate to = one(values, "to").flatMap(CandidateListParameters::date).orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            from = null;
            to = null;
        }
        return new PipelineReach(stage.orElse(null), placed, submitted,
                one(values, "job").flatMap(RecordPageView::parseId).orElse(null),
                one(values, "jobs-of").flatMap(RecordPageView::parseId).orElse(null),
                one(values, "client").flatMap(RecordPageView::parseId).orElse(null), from, to,
                one(values, "source").orElse(null));
    }

    private static Optional<CandidateSort> sort(String value) {
        return Arrays.stream(CandidateSort.values())
                .filter(sort -> sort.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)).findFirst();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
