package dev.wecruit.candidates.internal;

import static dev.wecruit.candidates.internal.Match.NOTHING;
import static dev.wecruit.candidates.internal.Match.bind;

import dev.wecruit.candidates.internal.CandidateSearch.Criteria;
import dev.wecruit.candidates.internal.Match.All;
import dev.wecruit.candidates.internal.Match.Any;
import dev.wecruit.candidates.internal.Match.Term;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One search's planning (decision 0018): its conditions, what the term index says about how many candidates each
 * lists, and from that the plan: the few candidates to look up first, or none, when the sort index is to be walked.
 * It remembers what it read (counts, intersections, known ids), so that the plan's count can use it too.
 */
final class SearchPlanner {

    /**
     * All parts of a condition are intersected on the index only while their postings add up to at most this many
     * times the selective limit; beyond that the sort index is walked.
     */
    static final long INTERSECTION_BUDGET = 20;
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

    /**
     * What a search does: the conditions, the ids to test first when the conditions are rare, and what the index
     * already answered while planning (intersections, up to the count's bound).
     *
     * @param exact true when the driver ids are exactly the candidates the conditions match, so that only the plain
     *     conditions remain to test
     */
    record Plan(boolean nothing, List<Match> matches, List<Plain> plain, UUID[] driver, boolean exact,
            SearchPlanner planning) {

        String where(MapSqlParameterSource params) {
            List<String> conditions = new ArrayList<>();
            conditions.add("c.merged_into is null"); // merged away: hidden while the merge can be undone
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


    private final NamedParameterJdbcTemplate jdbc;
    private final SearchProperties limits;
    private final Criteria criteria;
    private final Map<Term, Counted> counts = new HashMap<>();
    final Map<All, List<UUID>> intersections = new HashMap<>();
    /** Matches whose few candidates are known exactly: a row is tested against the ids, not its terms. */
    private final Map<Match, UUID[]> known = new HashMap<>();
    private Long firmSize;

    SearchPlanner(NamedParameterJdbcTemplate jdbc, SearchProperties limits, Criteria criteria) {
        this.jdbc = jdbc;
        this.limits = limits;
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
                    // only the ids in both: the pipeline's members are tested through the driver alone
                    driver = driver == null ? found.get().ids() : intersection(found.get().ids(), driver);
                    exact = found.get().exact();
                }
            }
        }
        for (Plain condition : plain) {
            // a rare condition on the row itself (on legal hold, consent running out) has an index of its own
            int fewer = driver == null ? limits.selectiveLimit() : Math.min(limits.selectiveLimit(), driver.length - 1);
            if (condition instanceof Indexed indexed && fewer > 0) {
                var params = new MapSqlParameterSource();
                String ids = indexed.candidateIds(params);
                if (countUpTo(ids, params, fewer + 1L) <= fewer) {
                    UUID[] found = jdbc.queryForList(ids, params, UUID.class).toArray(UUID[]::new);
                    // every condition of the row is still tested on it; the matches too unless the driver was them
                    driver = driver == null ? found : intersection(found, driver);
                }
            }
        }
        return new Plan(false, matches, plain, driver, exact, this);
    }

    private static UUID[] intersection(UUID[] some, UUID[] others) {
        Set<UUID> kept = new LinkedHashSet<>(Arrays.asList(some));
        kept.retainAll(new HashSet<>(Arrays.asList(others)));
        return kept.toArray(UUID[]::new);
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
        if (!criteria.lawfulBases().isEmpty() || criteria.withoutLawfulBasis()) {
            // candidates_lawful_basis_idx, looked up a part at a time: PostgreSQL does not split the "or" itself
            Plain bases = params -> bind(params, "c.lawful_basis = any(:", criteria.lawfulBases()
                    .toArray(String[]::new)) + ")";
            Plain none = params -> "c.lawful_basis is null";
            List<Plain> either = new ArrayList<>();
            if (!criteria.lawfulBases().isEmpty()) {
                either.add(bases);
            }
            if (criteria.withoutLawfulBasis()) {
                either.add(none);
            }
            plain.add(new Indexed(params -> either.stream().map(part -> part.sql(params))
                    .collect(Collectors.joining(" or ", "(", ")")),
                    params -> either.stream().map(part -> "select c.id from candidates c where " + part.sql(params))
                            .collect(Collectors.joining(" union all "))));
        }
        if (criteria.consentExpiresFrom() != null || criteria.consentExpiresBefore() != null) {
            // candidates_consent_expiry_idx: a comparison implies the index's "is not null"
            plain.add(new Indexed(params -> {
                List<String> range = new ArrayList<>();
                if (criteria.consentExpiresFrom() != null) {
                    range.add(bind(params, "c.consent_expires_on >= :", criteria.consentExpiresFrom()));
                }
                if (criteria.consentExpiresBefore() != null) {
                    range.add(bind(params, "c.consent_expires_on < :", criteria.consentExpiresBefore()));
                }
                return String.join(" and ", range);
            }));
        }
        if (criteria.withoutConsent()) {
            plain.add(new Indexed(params -> "c.consent_given_on is null")); // candidates_no_consent_idx
        }
        if (Boolean.TRUE.equals(criteria.legalHold())) {
            plain.add(new Indexed(params -> "c.legal_hold")); // candidates_legal_hold_idx
        } else if (Boolean.FALSE.equals(criteria.legalHold())) {
            plain.add(params -> "not c.legal_hold");
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
            case All all -> Match.tested(all.parts(), "and", part -> test(part, params));
            case Any any -> Match.tested(any.parts(), "or", part -> test(part, params));
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

    /** The term's candidates, each once. */
    UUID[] ids(Term term) {
        var params = new MapSqlParameterSource();
        return jdbc.queryForList("select distinct x.candidate_id from (" + term.candidateIds(params) + ") x",
                params, UUID.class).toArray(UUID[]::new);
    }

    /** How many rows the SQL gives, counting no further than {@code upTo}. */
    static long countUpTo(NamedParameterJdbcTemplate jdbc, String rowsSql, MapSqlParameterSource params, long upTo) {
        Long counted = jdbc.queryForObject("select count(*) from (" + rowsSql + " limit :countUpTo) counted",
                params.addValue("countUpTo", upTo), Long.class);
        return counted == null ? 0 : counted;
    }

    private long countUpTo(String rowsSql, MapSqlParameterSource params, long upTo) {
        return countUpTo(jdbc, rowsSql, params, upTo);
    }

    private record Candidates(UUID[] ids, boolean exact) {
    }

    /** A term's postings counted, stopping at {@code upTo}. */
    private record Counted(long count, long upTo) {
    }

    /** A condition on the row itself (owner, dates), which no term index answers. */
    @FunctionalInterface
    interface Plain {
        String sql(MapSqlParameterSource params);
    }

    /**
     * A condition on the row that an index on {@code candidates} answers too (a partial index, or one on the
     * column): when it holds for few candidates they are looked up first, as a rare term's are.
     */
    record Indexed(Plain condition, Plain lookup) implements Plain {

        /** A condition whose own test, on {@code candidates}, is what the index answers. */
        Indexed(Plain condition) {
            this(condition, params -> "select c.id from candidates c where " + condition.sql(params));
        }

        @Override
        public String sql(MapSqlParameterSource params) {
            return condition.sql(params);
        }

        /** SQL listing the ids of the candidates that pass, each once, from the index. */
        String candidateIds(MapSqlParameterSource params) {
            return lookup.sql(params);
        }
    }
}
