package dev.wecruit.candidates.internal;

import dev.wecruit.candidates.CandidateCursor;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.shared.BoundedCount;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The candidate list's query: any mix of conditions, one of eight orders, a page after a cursor. Every lookup the
 * conditions need is an equality or a prefix range on a term index ({@code (tenant_id, term, candidate_id)}), which
 * row-level security lets the app role use (decision 0018); row-level security keeps every statement to the current
 * firm.
 *
 * <p>Each search is planned from how many candidates its conditions match, counted on the index up to a bound:
 * <ul>
 *   <li><b>selective:</b> when a condition matches at most {@link SearchProperties#selectiveLimit()} candidates,
 *       or common conditions do together (intersected on the index while that is cheap), their ids are looked up
 *       first and only those rows are tested and sorted;</li>
 *   <li><b>walk:</b> when every condition is common, the sort index is walked from the cursor and each row tested
 *       until the page is full: with common conditions that takes a few hundred rows.</li>
 * </ul>
 * Both test every condition on the row the same way, so they always return the same candidates.
 */
@Repository
@EnableConfigurationProperties(SearchProperties.class)
public class CandidateSearch {

    /**
     * The conditions, already resolved to what the database stores.
     *
     * @param anyOfTerms blind-index terms of an email or phone, any of which matches
     * @param allNameTerms blind-index terms of name prefixes, all of which must match...
     * @param textPrefixes ...or profile prefixes of the title, company and skills, all of which must match
     * @param skillTerms profile terms of whole skills, all or any of them
     * @param locationPrefixes profile prefixes of the location, all of which must match
     * @param tagTerms profile terms of whole tags, any of which matches
     */
    public record Criteria(
            List<UUID> anyOfTerms,
            List<UUID> allNameTerms,
            List<String> textPrefixes,
            List<String> skillTerms,
            boolean allSkills,
            List<String> locationPrefixes,
            List<String> tagTerms,
            UUID ownerId,
            Collection<UUID> onlyIds,
            Instant activeAfter,
            Instant activeBefore) {

        public static Criteria onlyIds(Collection<UUID> ids) {
            return new Criteria(List.of(), List.of(), List.of(), List.of(), true, List.of(), List.of(), null,
                    Set.copyOf(ids), null, null);
        }

        /** Candidates with any of these email or phone terms. */
        public static Criteria anyOf(List<UUID> terms) {
            return new Criteria(terms, List.of(), List.of(), List.of(), true, List.of(), List.of(), null, null, null,
                    null);
        }

        /** Candidates whose names have all of these prefix terms. */
        public static Criteria allNames(List<UUID> terms) {
            return new Criteria(List.of(), terms, List.of(), List.of(), true, List.of(), List.of(), null, null, null,
                    null);
        }
    }

    /** A list row: the columns the grid shows, names still sealed. */
    public record Row(UUID id, SealedText firstName, SealedText lastName, String currentTitle, String currentCompany,
            String location, List<String> skills, List<String> tags, UUID ownerId, Instant lastActivityAt) {
    }

    /**
     * All parts of a condition are intersected on the index only while their postings add up to at most this many
     * times the selective limit; beyond that the sort index is walked.
     */
    private static final long INTERSECTION_BUDGET = 20;
    /** ...and never beyond this many times it, however rare the parts look together. */
    private static final long INTERSECTION_CEILING = 100;
    /** What walking one row of the sort index costs, in postings read on the term index (measured roughly). */
    private static final long POSTINGS_PER_WALKED_ROW = 10;
    /** The page the walk's cost is estimated for: the list's. */
    private static final int PAGE = 50;
    /** Postings of the rarest part sampled to estimate how many candidates all parts hold together. */
    private static final int ESTIMATE_SAMPLE = 1_000;
    /** A match known to hold at most this many candidates is tested against their ids instead of its terms. */
    private static final int KNOWN_IDS_TESTED = 500;

    private static final String COLUMNS = """
            select c.id, c.first_name_enc, c.last_name_enc, c.current_title, c.current_company, c.location,
                   c.skills, c.tags, c.owner_id, c.last_activity_at
              from candidates c
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final SearchProperties limits;

    CandidateSearch(NamedParameterJdbcTemplate jdbc, SearchProperties limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** A first page and the count, from one plan: what the list shows after each change of the search. */
    public record Found(List<Row> rows, BoundedCount count) {
    }

    /** The first page of the candidates that match, in the given order, and how many match. */
    public Found first(Criteria criteria, CandidateSort.Order order, int limit) {
        Plan plan = new Planning(criteria).plan();
        if (plan.nothing()) {
            return new Found(List.of(), BoundedCount.exactly(0));
        }
        List<Row> rows = find(plan, order, null, 0, limit);
        // a page that is not full holds every match
        return new Found(rows, rows.size() < limit ? BoundedCount.exactly(rows.size()) : count(plan));
    }

    /**
     * A page of the candidates that match, in the given order.
     *
     * @param after where the previous page ended, or null for the top
     * @param skip rows to pass over after the cursor (a jump further down than the last page seen)
     */
    public List<Row> find(Criteria criteria, CandidateSort.Order order, CandidateCursor after, int skip, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Plan plan = new Planning(criteria).plan();
        return plan.nothing() ? List.of() : find(plan, order, after, skip, limit);
    }

    /** How many candidates match, exactly up to {@link SearchProperties#countLimit()}. */
    public BoundedCount count(Criteria criteria) {
        Plan plan = new Planning(criteria).plan();
        return plan.nothing() ? BoundedCount.exactly(0) : count(plan);
    }

    private List<Row> find(Plan plan, CandidateSort.Order order, CandidateCursor after, int skip, int limit) {
        Sorting sorting = new Sorting(order);
        List<Row> rows = new ArrayList<>();
        int toSkip = skip;
        if (after == null || after.value() != null) {
            // part one: rows that have a value in the sort column, from the cursor on
            var params = new MapSqlParameterSource();
            String where = plan.where(params) + " and " + sorting.column + " is not null";
            if (after != null) {
                where += " and (" + sorting.column + ", c.id) " + sorting.after + " (" + sorting.cast(":afterValue")
                        + ", :afterId)";
                params.addValue("afterValue", after.value()).addValue("afterId", after.id());
            }
            rows.addAll(query(plan, COLUMNS + " where " + where + " order by " + sorting.valuesFirst
                    + " offset :skip limit :limit", params.addValue("skip", toSkip).addValue("limit", limit)));
            if (rows.isEmpty() && toSkip > 0) {
                toSkip -= (int) countUpTo("select 1 from candidates c where " + where, params, toSkip);
            } else {
                toSkip = 0;
            }
        }
        if (rows.size() < limit) {
            // part two: rows without a value come last in either direction, by id
            var params = new MapSqlParameterSource();
            String where = plan.where(params) + " and " + sorting.column + " is null";
            if (after != null && after.value() == null) {
                where += " and c.id " + sorting.after + " :afterId";
                params.addValue("afterId", after.id());
            }
            rows.addAll(query(plan, COLUMNS + " where " + where + " order by " + sorting.nullsById
                    + " offset :skip limit :limit",
                    params.addValue("skip", toSkip).addValue("limit", limit - rows.size())));
        }
        return rows;
    }

    private BoundedCount count(Plan plan) {
        int bound = limits.countLimit();
        if (plan.driver() == null && plan.plain().isEmpty() && !plan.matches().isEmpty()) {
            Match together = All.of(plan.matches());
            Optional<BoundedCount> quick = quickCount(together, bound, plan.planning().intersections);
            if (quick.isPresent()) {
                return quick.get();
            }
            long budget = INTERSECTION_BUDGET * limits.selectiveLimit();
            if (plan.planning().postings(together, budget + 1) > budget) {
                // counting exactly would intersect more of the index than a keystroke may take: estimate
                return BoundedCount.about(plan.planning().estimate(together));
            }
        }
        var params = new MapSqlParameterSource();
        String sql;
        if (plan.driver() != null || plan.matches().isEmpty()) {
            // the few candidates looked up, or no word condition at all: count rows until past the bound
            sql = "select 1 from candidates c where " + plan.where(params);
        } else {
            // common conditions: the term index's own sets, intersected, decide; rows only for plain conditions
            String candidates = plan.matches().stream().map(match -> match.candidateIds(params))
                    .collect(Collectors.joining(") intersect (", "(", ")"));
            if (plan.matches().size() == 1 && plan.matches().getFirst() instanceof Term term && term.prefix()) {
                candidates = "select distinct x.candidate_id from (" + candidates + ") x";
            }
            sql = plan.plain().isEmpty() ? candidates
                    : "select 1 from candidates c where c.id in (" + candidates + ") and "
                            + String.join(" and ", plan.plain().stream().map(p -> p.sql(params)).toList());
        }
        return BoundedCount.of(countUpTo(sql, params, bound + 1L), bound);
    }

    /**
     * The count of one common condition read off the index without reading all of it, where its shape allows: an
     * exact term stops at the bound; a prefix counts the distinct candidates among its first postings; "any of"
     * is past the bound as soon as one part is; "all of" was intersected while planning, if it was cheap enough.
     */
    private Optional<BoundedCount> quickCount(Match match, int bound, Map<All, List<UUID>> intersections) {
        switch (match) {
            case Term term when !term.prefix() -> {
                var params = new MapSqlParameterSource();
                return Optional.of(BoundedCount.of(countUpTo(term.candidateIds(params), params, bound + 1L), bound));
            }
            case Term term -> {
                var params = new MapSqlParameterSource();
                int scan = 3 * bound;
                Long[] counted = jdbc.queryForObject("""
                        select count(distinct x.candidate_id), count(*)
                          from (%s limit :scan) x""".formatted(term.candidateIds(params)),
                        params.addValue("scan", scan), (rs, row) -> new Long[] {rs.getLong(1), rs.getLong(2)});
                if (counted[0] > bound) {
                    return Optional.of(BoundedCount.moreThan(bound));
                }
                return counted[1] < scan ? Optional.of(BoundedCount.exactly(counted[0])) : Optional.empty();
            }
            case Any any -> {
                List<Optional<BoundedCount>> counted = any.parts().stream()
                        .map(part -> quickCount(part, bound, intersections)).toList();
                if (counted.stream().flatMap(Optional::stream).anyMatch(BoundedCount::more)) {
                    return Optional.of(BoundedCount.moreThan(bound));
                }
                if (counted.stream().anyMatch(Optional::isEmpty)) {
                    return Optional.empty();
                }
                // every part is within the bound: their union is small enough to hold
                Set<UUID> union = new HashSet<>();
                for (Match part : any.parts()) {
                    if (part instanceof All all) {
                        union.addAll(intersections.get(all));
                    } else if (part instanceof Term term) {
                        var params = new MapSqlParameterSource();
                        union.addAll(jdbc.queryForList("select distinct x.candidate_id from ("
                                + term.candidateIds(params) + ") x", params, UUID.class));
                    } else {
                        return Optional.empty();
                    }
                }
                return Optional.of(BoundedCount.of(union.size(), bound));
            }
            case All all -> {
                // intersected while planning, up to one past the bound
                return Optional.ofNullable(intersections.get(all)).map(ids -> BoundedCount.of(ids.size(), bound));
            }
        }
    }

    /**
     * Makes this connection plan its statements afresh, before a batch that grows the candidate tables by much. A
     * session keeps the plans it made, the foreign-key checks' among them; made when the tables were small (a new
     * firm, a fresh database), they scan instead of looking up, and a batch of thousands then costs quadratic time
     * until autovacuum's statistics replace them: 135 µs instead of 5 µs per search term checked, measured.
     */
    public void forgetPlansOfSmallerTables() {
        jdbc.getJdbcTemplate().execute("discard plans");
    }

    private List<Row> query(Plan plan, String sql, MapSqlParameterSource params) {
        if (plan.driver() != null) {
            return jdbc.query(sql, params, CandidateSearch::row);
        }
        // Every condition is common: walk the sort index. The planner cannot know how often a row passes tests on
        // its terms, and would otherwise sort the whole firm for a page.
        jdbc.getJdbcTemplate().execute("set local enable_seqscan = off; set local enable_bitmapscan = off;"
                + " set local enable_sort = off");
        try {
            return jdbc.query(sql, params, CandidateSearch::row);
        } finally {
            jdbc.getJdbcTemplate().execute("set local enable_seqscan to default;"
                    + " set local enable_bitmapscan to default; set local enable_sort to default");
        }
    }

    private long countUpTo(String rowsSql, MapSqlParameterSource params, long upTo) {
        Long counted = jdbc.queryForObject("select count(*) from (" + rowsSql + " limit :countUpTo) counted",
                params.addValue("countUpTo", upTo), Long.class);
        return counted == null ? 0 : counted;
    }

    // How a search is planned

    /**
     * What a search does: the conditions, the ids to test first when the conditions are rare, and what the index
     * already answered while planning (intersections, up to the count's bound).
     *
     * @param exact true when the driver ids are exactly the candidates the conditions match, so that only the plain
     *     conditions remain to test
     */
    private record Plan(boolean nothing, List<Match> matches, List<Plain> plain, UUID[] driver, boolean exact,
            Planning planning) {

        String where(MapSqlParameterSource params) {
            List<String> conditions = new ArrayList<>();
            conditions.add("true");
            if (driver != null) {
                conditions.add("c.id = any(:driver)");
                params.addValue("driver", driver);
            }
            if (!exact) {
                matches.forEach(match -> conditions.add(planning.test(match, params)));
            }
            plain.forEach(p -> conditions.add(p.sql(params)));
            return String.join(" and ", conditions);
        }
    }

    /** One search's planning: its conditions and what the term index says about them. */
    private final class Planning {

        private final Criteria criteria;
        private final Map<Term, Counted> counts = new HashMap<>();
        private final Map<All, List<UUID>> intersections = new HashMap<>();
        /** Matches whose few candidates are known exactly: a row is tested against the ids, not its terms. */
        private final Map<Match, UUID[]> known = new HashMap<>();
        private Long firmSize;

        Planning(Criteria criteria) {
            this.criteria = criteria;
        }

        Plan plan() {
            List<Match> matches = matches().stream().map(this::withoutEmptyParts).toList();
            List<Plain> plain = plain();
            if (matches.contains(NOTHING) || criteria.onlyIds() != null && criteria.onlyIds().isEmpty()) {
                return new Plan(true, List.of(), List.of(), null, false, this);
            }
            UUID[] driver = criteria.onlyIds() == null ? null : criteria.onlyIds().toArray(UUID[]::new);
            boolean exact = false;
            if (!matches.isEmpty()) {
                // the conditions together are one "all of", planned like any other
                Match together = All.of(matches);
                if (driver == null || bound(together) < driver.length) {
                    Optional<Candidates> found = candidates(together);
                    if (found.isPresent() && (driver == null || found.get().ids().length < driver.length)) {
                        driver = found.get().ids();
                        exact = found.get().exact() && criteria.onlyIds() == null;
                    }
                }
            }
            return new Plan(false, matches, plain, driver, exact, this);
        }

        /** The match without the parts the index lists no candidate for ("smi" is nobody's title word). */
        private Match withoutEmptyParts(Match match) {
            return switch (match) {
                case Term term -> bound(term) == 0 ? NOTHING : term;
                case All all -> {
                    List<Match> parts = all.parts().stream().map(this::withoutEmptyParts).toList();
                    yield parts.contains(NOTHING) ? NOTHING : All.of(parts);
                }
                case Any any -> Any.of(any.parts().stream().map(this::withoutEmptyParts)
                        .filter(part -> !part.equals(NOTHING)).toList());
            };
        }

        private List<Match> matches() {
            List<Match> matches = new ArrayList<>();
            if (!criteria.anyOfTerms().isEmpty()) {
                matches.add(Any.of(criteria.anyOfTerms().stream().map(Term::sealed).toList()));
            }
            if (!criteria.allNameTerms().isEmpty() || !criteria.textPrefixes().isEmpty()) {
                List<Match> either = new ArrayList<>();
                if (!criteria.allNameTerms().isEmpty()) {
                    either.add(All.of(criteria.allNameTerms().stream().map(Term::sealed).toList()));
                }
                if (!criteria.textPrefixes().isEmpty()) {
                    either.add(All.of(criteria.textPrefixes().stream().map(Term::prefix).toList()));
                }
                matches.add(Any.of(either));
            }
            if (!criteria.skillTerms().isEmpty()) {
                List<Term> skills = criteria.skillTerms().stream().map(Term::exact).toList();
                matches.add(criteria.allSkills() ? All.of(skills) : Any.of(skills));
            }
            if (!criteria.locationPrefixes().isEmpty()) {
                matches.add(All.of(criteria.locationPrefixes().stream().map(Term::prefix).toList()));
            }
            if (!criteria.tagTerms().isEmpty()) {
                matches.add(Any.of(criteria.tagTerms().stream().map(Term::exact).toList()));
            }
            return matches;
        }

        private List<Plain> plain() {
            List<Plain> plain = new ArrayList<>();
            if (criteria.ownerId() != null) {
                plain.add(params -> bind(params, "c.owner_id = :", criteria.ownerId()));
            }
            if (criteria.activeAfter() != null) {
                plain.add(params -> bind(params, "c.last_activity_at >= :",
                        Timestamp.from(criteria.activeAfter())));
            }
            if (criteria.activeBefore() != null) {
                plain.add(params -> bind(params, "c.last_activity_at < :",
                        Timestamp.from(criteria.activeBefore())));
            }
            return plain;
        }

        /** At most how many candidates the match holds, from the index, counted no further than needed. */
        private long bound(Match match) {
            return switch (match) {
                case Term term -> counted(term, limits.selectiveLimit() + 1L);
                case All all -> all.parts().stream().mapToLong(this::bound).min().orElse(0);
                case Any any -> Math.min(Long.MAX_VALUE / 2, any.parts().stream().mapToLong(this::bound).sum());
            };
        }

        /** How many index entries intersecting the match would read, counted up to {@code upTo}. */
        long postings(Match match, long upTo) {
            return switch (match) {
                case Term term -> counted(term, upTo);
                case All all -> sumUpTo(all.parts(), upTo);
                case Any any -> sumUpTo(any.parts(), upTo);
            };
        }

        private long sumUpTo(List<Match> parts, long upTo) {
            long sum = 0;
            for (Match part : parts) {
                sum += postings(part, upTo - sum);
                if (sum >= upTo) {
                    return upTo;
                }
            }
            return sum;
        }

        /** The term's postings counted up to {@code upTo}, reusing an earlier count that already tells. */
        private long counted(Term term, long upTo) {
            Counted earlier = counts.get(term);
            if (earlier != null && (earlier.count() < earlier.upTo() || upTo <= earlier.upTo())) {
                return Math.min(earlier.count(), upTo);
            }
            var params = new MapSqlParameterSource();
            long count = countUpTo(term.candidateIds(params), params, upTo);
            counts.put(term, new Counted(count, upTo));
            return count;
        }

        /** The candidates to test first for this match, if few enough; exact when they are the match itself. */
        private Optional<Candidates> candidates(Match match) {
            int limit = limits.selectiveLimit();
            switch (match) {
                case Term term -> {
                    if (bound(term) > limit) {
                        return Optional.empty();
                    }
                    UUID[] ids = ids(term);
                    remember(term, ids);
                    return Optional.of(new Candidates(ids, true));
                }
                case All all -> {
                    // Every part must match. A rare part's candidates are looked up and tested row by row.
                    // Otherwise the parts are intersected on the index, which gives exactly the candidates and is
                    // cheap while their postings add up to a budget ("joh smi", "senior acc"); past it, the sort
                    // index is walked.
                    Match rarest = all.parts().stream().min(Comparator.comparingLong(this::bound)).orElseThrow();
                    if (bound(rarest) <= limit / 10) {
                        return candidates(rarest).map(found -> new Candidates(found.ids(), false));
                    }
                    if (worthIntersecting(all)) {
                        List<UUID> ids = intersection(all);
                        if (ids.size() <= limit) {
                            UUID[] found = ids.toArray(UUID[]::new);
                            remember(all, found);
                            return Optional.of(new Candidates(found, true));
                        }
                    }
                    return bound(rarest) <= limit
                            ? candidates(rarest).map(found -> new Candidates(found.ids(), false)) : Optional.empty();
                }
                case Any any -> {
                    if (any.parts().stream().allMatch(Term.class::isInstance) && bound(any) > limit) {
                        return Optional.empty(); // terms together too many to sort: walk the sort index instead
                    }
                    Set<UUID> union = new LinkedHashSet<>();
                    boolean exact = true;
                    for (Match part : any.parts()) {
                        Optional<Candidates> found = candidates(part);
                        if (found.isEmpty()) {
                            return Optional.empty();
                        }
                        union.addAll(Arrays.asList(found.get().ids()));
                        exact &= found.get().exact();
                        if (union.size() > limit) {
                            return Optional.empty();
                        }
                    }
                    return Optional.of(new Candidates(union.toArray(UUID[]::new), exact));
                }
            }
        }

        /**
         * Whether intersecting the parts on the index costs less than walking the sort index would: always while
         * their postings stay within the budget; up to the ceiling when the parts look rare together. Taken as
         * independent, a page of 50 needs 50 / (the product of the parts' shares of the firm) walked rows, and a
         * walked row costs about what {@value #POSTINGS_PER_WALKED_ROW} postings read do.
         */
        private boolean worthIntersecting(All all) {
            int limit = limits.selectiveLimit();
            long ceiling = INTERSECTION_CEILING * limit;
            long postings = postings(all, ceiling + 1);
            if (postings <= INTERSECTION_BUDGET * limit) {
                return true;
            }
            if (postings > ceiling) {
                return false;
            }
            double firm = Math.max(1, firmSize());
            double together = 1;
            for (Match part : all.parts()) {
                together *= Math.min(1, postings(part, ceiling + 1) / firm);
            }
            return PAGE / Math.max(together, 1e-12) * POSTINGS_PER_WALKED_ROW > postings;
        }

        private void remember(Match match, UUID[] ids) {
            if (ids.length <= KNOWN_IDS_TESTED) {
                known.put(match, ids);
            }
        }

        /** SQL testing the row {@code c} for the match: against its known candidates, or on the row's terms. */
        String test(Match match, MapSqlParameterSource params) {
            UUID[] ids = known.get(match);
            if (ids != null) {
                return bind(params, "c.id = any(:", ids) + ")";
            }
            return switch (match) {
                case Term term -> term.test(params);
                case All all -> all.parts().stream().map(part -> test(part, params))
                        .collect(Collectors.joining(" and ", "(", ")"));
                case Any any -> any.parts().stream().map(part -> test(part, params))
                        .collect(Collectors.joining(" or ", "(", ")"));
            };
        }

        /**
         * About how many candidates the match holds: what the list shows when an exact count would read too much of
         * the index. For "all of", the rarest part's first postings are sampled and the other parts tested on those
         * candidates' rows, so parts that go together (a skill and its profession's title) are estimated as such.
         */
        long estimate(Match match) {
            long ceiling = INTERSECTION_CEILING * limits.selectiveLimit();
            return switch (match) {
                case Term term -> counted(term, ceiling + 1);
                case Any any -> any.parts().stream().mapToLong(this::estimate).sum();
                case All all -> {
                    if (intersections.containsKey(all)) {
                        yield intersections.get(all).size();
                    }
                    Match rarest = all.parts().stream().min(Comparator.comparingLong(this::bound)).orElseThrow();
                    var params = new MapSqlParameterSource();
                    String others = all.parts().stream().filter(part -> part != rarest)
                            .map(part -> test(part, params)).collect(Collectors.joining(" and "));
                    double[] sampled = jdbc.queryForObject("""
                            select count(*) filter (where %s), count(*)
                              from (select distinct x.candidate_id from (%s limit :sample) x) s
                              join candidates c on c.id = s.candidate_id""".formatted(others,
                                    rarest.candidateIds(params)), params.addValue("sample", ESTIMATE_SAMPLE),
                            (rs, row) -> new double[] {rs.getLong(1), rs.getLong(2)});
                    yield sampled[1] == 0 ? 0 : Math.round(estimate(rarest) * sampled[0] / sampled[1]);
                }
            };
        }

        /**
         * About the firm's size, at least: the candidates table's size as the planner's statistics have it (all
         * firms), or the firm's own rows counted up to the count's bound when those statistics are missing or low.
         */
        private long firmSize() {
            if (firmSize == null) {
                Long rows = jdbc.getJdbcTemplate().queryForObject(
                        "select greatest(reltuples, 0)::bigint from pg_class where oid = 'candidates'::regclass",
                        Long.class);
                var params = new MapSqlParameterSource();
                firmSize = Math.max(rows == null ? 0 : rows,
                        countUpTo("select 1 from candidates c", params, limits.countLimit() + 1L));
            }
            return firmSize;
        }

        /** The candidates in every part, up to one past the count's bound, so the count can use them too. */
        private List<UUID> intersection(All all) {
            return intersections.computeIfAbsent(all, key -> {
                var params = new MapSqlParameterSource();
                return jdbc.queryForList(all.candidateIds(params) + " limit :together",
                        params.addValue("together", Math.max(limits.selectiveLimit(), limits.countLimit()) + 1),
                        UUID.class);
            });
        }

        private UUID[] ids(Term term) {
            var params = new MapSqlParameterSource();
            return jdbc.queryForList("select distinct x.candidate_id from (" + term.candidateIds(params) + ") x",
                    params, UUID.class).toArray(UUID[]::new);
        }
    }

    private record Candidates(UUID[] ids, boolean exact) {
    }

    /** A term's postings counted, stopping at {@code upTo}. */
    private record Counted(long count, long upTo) {
    }

    /** A condition on the row itself (owner, dates), which no term index answers. */
    @FunctionalInterface
    private interface Plain {
        String sql(MapSqlParameterSource params);
    }

    /** Matches nothing: a condition whose text has no word to look for. */
    private static final Match NOTHING = new Any(List.of());

    /** A set of candidates the term indexes list. */
    private sealed interface Match permits Term, All, Any {

        /** SQL listing the candidates' ids (possibly more than once for a prefix). */
        String candidateIds(MapSqlParameterSource params);

        /** SQL testing the row {@code c}, with the same result as looking it up. */
        String test(MapSqlParameterSource params);
    }

    /**
     * One term: a blind-index term of a name, email or phone ({@code sealed}), or a profile term, equal or as a
     * prefix.
     */
    private record Term(boolean sealed, Object value, boolean prefix) implements Match {

        static Term sealed(UUID term) {
            return new Term(true, term, false);
        }

        static Term exact(String profileTerm) {
            return new Term(false, profileTerm, false);
        }

        static Term prefix(String profileTerm) {
            return new Term(false, profileTerm, true);
        }

        @Override
        public String candidateIds(MapSqlParameterSource params) {
            if (sealed) {
                return bind(params, "select s.candidate_id from candidate_search_terms s where s.term = :", value);
            }
            return "select p.candidate_id from candidate_profile_terms p where p.term "
                    + (prefix ? "^@ " : "= ") + profileTerm(params, value);
        }

        @Override
        public String test(MapSqlParameterSource params) {
            if (sealed) {
                return bind(params, "exists (select 1 from candidate_search_terms s where s.tenant_id = c.tenant_id"
                        + " and s.candidate_id = c.id and s.term = :", value) + ")";
            }
            return prefix
                    ? "exists (select 1 from unnest(c.search_terms) as t(term) where t.term ^@ "
                            + profileTerm(params, value) + ")"
                    : profileTerm(params, value) + " = any(c.search_terms)";
        }

        /** The table and the SQL of this exact term's value, as a join condition on {@code alias}. */
        String joined(String alias, MapSqlParameterSource params) {
            return sealed
                    ? bind(params, "candidate_search_terms " + alias + " on " + alias + ".term = :", value)
                    : "candidate_profile_terms " + alias + " on " + alias + ".term = " + profileTerm(params, value);
        }

        private static String profileTerm(MapSqlParameterSource params, Object value) {
            return bind(params, "cast(:", value) + " as text) collate \"C\"";
        }
    }

    /** Every part matches. */
    private record All(List<Match> parts) implements Match {

        static Match of(List<? extends Match> parts) {
            return parts.isEmpty() ? NOTHING : parts.size() == 1 ? parts.getFirst() : new All(List.copyOf(parts));
        }

        @Override
        public String candidateIds(MapSqlParameterSource params) {
            if (parts.stream().allMatch(part -> part instanceof Term term && !term.prefix())) {
                // exact terms list their candidates in id order (the index's third column): joined on the id,
                // PostgreSQL merges the lists instead of hashing them
                var sql = new StringBuilder("select t0.candidate_id from ")
                        .append(((Term) parts.getFirst()).joined("t0", params).replaceFirst(" on ", " where "));
                var joins = new StringBuilder();
                for (int i = 1; i < parts.size(); i++) {
                    String alias = "t" + i;
                    joins.append(" join ").append(((Term) parts.get(i)).joined(alias, params)).append(" and ")
                            .append(alias).append(".tenant_id = t0.tenant_id and ").append(alias)
                            .append(".candidate_id = t0.candidate_id");
                }
                int where = sql.indexOf(" where ");
                return sql.insert(where, joins).toString();
            }
            return combined(parts, params, "intersect");
        }

        @Override
        public String test(MapSqlParameterSource params) {
            return tested(parts, params, "and");
        }
    }

    /** At least one part matches. */
    private record Any(List<Match> parts) implements Match {

        static Match of(List<? extends Match> parts) {
            return parts.isEmpty() ? NOTHING : parts.size() == 1 ? parts.getFirst() : new Any(List.copyOf(parts));
        }

        @Override
        public String candidateIds(MapSqlParameterSource params) {
            return combined(parts, params, "union");
        }

        @Override
        public String test(MapSqlParameterSource params) {
            return tested(parts, params, "or");
        }
    }

    /** The parts' candidate ids combined by a set operation (each part's own SQL is a select of candidate ids). */
    private static String combined(List<Match> parts, MapSqlParameterSource params, String setOperation) {
        return parts.stream().map(part -> part.candidateIds(params))
                .collect(Collectors.joining(") " + setOperation + " (", "select y.candidate_id from ((", ")) y"));
    }

    /** The parts' row tests joined by a logical operator. */
    private static String tested(List<Match> parts, MapSqlParameterSource params, String operator) {
        return parts.stream().map(part -> part.test(params))
                .collect(Collectors.joining(" " + operator + " ", "(", ")"));
    }

    private static String bind(MapSqlParameterSource params, String sqlBeforeName, Object value) {
        String name = "p" + params.getValues().size();
        params.addValue(name, value);
        return sqlBeforeName + name;
    }

    /**
     * The SQL of one order, written to match the sort indexes exactly (so PostgreSQL walks them instead of sorting):
     * last activity newest first, the text columns A to Z, or the reverse of either. Ties are ordered by id in the
     * same direction, and rows without a value come last either way.
     */
    private static final class Sorting {

        final String column;
        final String after;
        final String valuesFirst;
        final String nullsById;
        private final boolean instant;

        Sorting(CandidateSort.Order order) {
            column = switch (order.by()) {
                case LAST_ACTIVITY -> "c.last_activity_at";
                case TITLE -> "c.current_title";
                case COMPANY -> "c.current_company";
                case LOCATION -> "c.location";
            };
            instant = order.by() == CandidateSort.LAST_ACTIVITY;
            String direction = order.ascending() ? "asc" : "desc";
            // the last-activity index is (last_activity_at desc nulls last, id desc); the others (column, id)
            String nulls = instant == order.ascending() ? " nulls first" : " nulls last";
            after = order.ascending() ? ">" : "<";
            valuesFirst = column + " " + direction + nulls + ", c.id " + direction;
            nullsById = "c.id " + direction;
        }

        String cast(String parameter) {
            return instant ? "cast(" + parameter + " as timestamptz)" : parameter;
        }
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp lastActivity = rs.getTimestamp("last_activity_at");
        return new Row(rs.getObject("id", UUID.class), new SealedText(rs.getString("first_name_enc")),
                new SealedText(rs.getString("last_name_enc")), rs.getString("current_title"),
                rs.getString("current_company"), rs.getString("location"), strings(rs.getArray("skills")),
                strings(rs.getArray("tags")), rs.getObject("owner_id", UUID.class),
                lastActivity == null ? null : lastActivity.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
