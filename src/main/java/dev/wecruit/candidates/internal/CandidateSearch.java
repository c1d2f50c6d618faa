package dev.wecruit.candidates.internal;

import dev.wecruit.candidates.CandidateCursor;
import dev.wecruit.candidates.internal.Match.All;
import dev.wecruit.candidates.internal.Match.Any;
import dev.wecruit.candidates.internal.Match.Term;
import dev.wecruit.candidates.internal.SearchPlanner.Plan;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.ConsentMethod;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.LegalHold;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.shared.BoundedCount;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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
 * <p>Each search is planned ({@link SearchPlanner}) from how many candidates its conditions match, counted on the
 * index up to a bound:
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
     * @param lawfulBases names of lawful bases, any of which matches...
     * @param withoutLawfulBasis ...or none recorded
     * @param consentExpiresFrom consent expiring on this day or later
     * @param consentExpiresBefore consent expiring before this day
     * @param withoutConsent no day of consent recorded
     * @param legalHold on legal hold (true), not on hold (false), or either (null)
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
            Instant activeBefore,
            List<String> lawfulBases,
            boolean withoutLawfulBasis,
            LocalDate consentExpiresFrom,
            LocalDate consentExpiresBefore,
            boolean withoutConsent,
            Boolean legalHold) {

        public static Criteria onlyIds(Collection<UUID> ids) {
            return new Criteria(List.of(), List.of(), List.of(), List.of(), true, List.of(), List.of(), null,
                    Set.copyOf(ids), null, null, List.of(), false, null, null, false, null);
        }

        /** Candidates with any of these email or phone terms. */
        public static Criteria anyOf(List<UUID> terms) {
            return new Criteria(terms, List.of(), List.of(), List.of(), true, List.of(), List.of(), null, null, null,
                    null, List.of(), false, null, null, false, null);
        }

        /** Candidates whose names have all of these prefix terms. */
        public static Criteria allNames(List<UUID> terms) {
            return new Criteria(List.of(), terms, List.of(), List.of(), true, List.of(), List.of(), null, null, null,
                    null, List.of(), false, null, null, false, null);
        }
    }

    /**
     * A list row: the columns the grid shows, names still sealed, and the plain profile's other small columns the
     * API gives with each row.
     */
    public record Row(UUID id, SealedText firstName, SealedText lastName, String currentTitle, String currentCompany,
            String location, List<String> skills, List<String> tags, UUID ownerId, Instant lastActivityAt,
            Integer yearsOfExperience, String source, LawfulBasis lawfulBasis, LocalDate consentGivenOn,
            ConsentMethod consentMethod, LocalDate consentExpiresOn, LegalHold legalHold, Instant createdAt,
            Instant updatedAt, long version) {
    }

    private static final String COLUMNS = """
            select c.id, c.first_name_enc, c.last_name_enc, c.current_title, c.current_company, c.location,
                   c.skills, c.tags, c.owner_id, c.last_activity_at, c.years_experience, c.source, c.lawful_basis,
                   c.consent_given_on, c.consent_method, c.consent_expires_on, c.legal_hold, c.legal_hold_reason,
                   c.legal_hold_set_by, c.legal_hold_set_at, c.created_at, c.updated_at, c.version
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
        Plan plan = new SearchPlanner(jdbc, limits, criteria).plan();
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
        Plan plan = new SearchPlanner(jdbc, limits, criteria).plan();
        return plan.nothing() ? List.of() : find(plan, order, after, skip, limit);
    }

    /**
     * The page just before a cursor, in the list's order: what a client paging backwards asks for. It walks the
     * list's order in reverse, so rows without a sort value, which the list puts last in either direction, come
     * first here.
     *
     * @param before where the next page starts, or null for the end of the list
     */
    public List<Row> findBefore(Criteria criteria, CandidateSort.Order order, CandidateCursor before, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Plan plan = new SearchPlanner(jdbc, limits, criteria).plan();
        return plan.nothing() ? List.of() : findBefore(plan, order, before, limit);
    }

    /** A candidate's contact details, still sealed. */
    public record SealedContact(UUID id, SealedText emails, SealedText phones, SealedText address,
            SealedText linkedinUrl) {
    }

    /**
     * The sealed contact details of the firm's candidates among these ids, in one query and without loading them
     * as entities: what a list export reads a page at a time, so that memory stays flat however long the list.
     */
    public java.util.Map<UUID, SealedContact> contacts(Collection<UUID> ids) {
        java.util.Map<UUID, SealedContact> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select c.id, c.emails_enc, c.phones_enc, c.address_enc, c.linkedin_url_enc
                  from candidates c
                 where c.id = any(:ids)
                """, new MapSqlParameterSource("ids", ids.toArray(UUID[]::new)), rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    found.put(id, new SealedContact(id, sealed(rs.getString("emails_enc")),
                            sealed(rs.getString("phones_enc")), sealed(rs.getString("address_enc")),
                            sealed(rs.getString("linkedin_url_enc"))));
                });
        return found;
    }

    private static SealedText sealed(String text) {
        return text == null ? null : new SealedText(text);
    }

    /** How far lists count exactly ({@link SearchProperties#countLimit()}). */
    public int countLimit() {
        return limits.countLimit();
    }

    /** How many candidates match, exactly up to {@link SearchProperties#countLimit()}. */
    public BoundedCount count(Criteria criteria) {
        Plan plan = new SearchPlanner(jdbc, limits, criteria).plan();
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

    private List<Row> findBefore(Plan plan, CandidateSort.Order order, CandidateCursor before, int limit) {
        // the reverse order's SQL is the reverse of the list's index walk, so the same indexes serve it
        Sorting reverse = new Sorting(new CandidateSort.Order(order.by(), !order.ascending()));
        List<Row> rows = new ArrayList<>();
        if (before == null || before.value() == null) {
            // part one, backwards: the rows without a value that come before the cursor, by id
            var params = new MapSqlParameterSource();
            String where = plan.where(params) + " and " + reverse.column + " is null";
            if (before != null) {
                where += " and c.id " + reverse.after + " :beforeId";
                params.addValue("beforeId", before.id());
            }
            rows.addAll(query(plan, COLUMNS + " where " + where + " order by " + reverse.nullsById + " limit :limit",
                    params.addValue("limit", limit)));
        }
        if (rows.size() < limit) {
            // part two, backwards: the rows with a value, from the cursor's value (or the last one) towards the top
            var params = new MapSqlParameterSource();
            String where = plan.where(params) + " and " + reverse.column + " is not null";
            if (before != null && before.value() != null) {
                where += " and (" + reverse.column + ", c.id) " + reverse.after + " (" + reverse.cast(":beforeValue")
                        + ", :beforeId)";
                params.addValue("beforeValue", before.value()).addValue("beforeId", before.id());
            }
            rows.addAll(query(plan, COLUMNS + " where " + where + " order by " + reverse.valuesFirst
                    + " limit :limit", params.addValue("limit", limit - rows.size())));
        }
        Collections.reverse(rows);
        return rows;
    }

    private BoundedCount count(Plan plan) {
        int bound = limits.countLimit();
        if (plan.driver() == null && plan.plain().isEmpty() && !plan.matches().isEmpty()) {
            Match together = All.of(plan.matches());
            Optional<BoundedCount> quick = quickCount(together, bound, plan.planning());
            if (quick.isPresent()) {
                return quick.get();
            }
            long budget = SearchPlanner.INTERSECTION_BUDGET * limits.selectiveLimit();
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
    private Optional<BoundedCount> quickCount(Match match, int bound, SearchPlanner planner) {
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
                        .map(part -> quickCount(part, bound, planner)).toList();
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
                        union.addAll(planner.intersections.get(all));
                    } else if (part instanceof Term term) {
                        union.addAll(Arrays.asList(planner.ids(term)));
                    } else {
                        return Optional.empty();
                    }
                }
                return Optional.of(BoundedCount.of(union.size(), bound));
            }
            case All all -> {
                // intersected while planning, up to one past the bound
                return Optional.ofNullable(planner.intersections.get(all))
                        .map(ids -> BoundedCount.of(ids.size(), bound));
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
        return SearchPlanner.countUpTo(jdbc, rowsSql, params, upTo);
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
                lastActivity == null ? null : lastActivity.toInstant(), rs.getObject("years_experience", Integer.class),
                rs.getString("source"), rs.getString("lawful_basis") == null ? null
                        : LawfulBasis.valueOf(rs.getString("lawful_basis")),
                rs.getObject("consent_given_on", LocalDate.class), rs.getString("consent_method") == null ? null
                        : ConsentMethod.valueOf(rs.getString("consent_method")),
                rs.getObject("consent_expires_on", LocalDate.class), !rs.getBoolean("legal_hold") ? null
                        : new LegalHold(rs.getString("legal_hold_reason"), rs.getObject("legal_hold_set_by", UUID.class),
                                rs.getTimestamp("legal_hold_set_at") == null ? null
                                        : rs.getTimestamp("legal_hold_set_at").toInstant()),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    /** A text array column as a list (empty for SQL null). */
    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
