package dev.wecruit.candidates.internal;

import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.shared.LikePattern;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The candidate list's query: any mix of filters, one of a few orders, a page at an offset. Built as SQL because the
 * mix varies; every value is a bind parameter and the order comes from a fixed list, never from input. Row-level
 * security keeps it to the current firm.
 */
@Repository
public class CandidateSearch {

    /** The conditions, already resolved to what the database stores (blind-index terms, lower-case words). */
    public record Criteria(
            List<UUID> anyOfTerms,
            List<UUID> allNameTerms,
            List<String> words,
            List<String> skills,
            boolean allSkills,
            String location,
            List<String> tags,
            UUID ownerId,
            Collection<UUID> onlyIds,
            Instant activeAfter,
            Instant activeBefore) {
    }

    /** A list row: the columns the grid shows, names still sealed. */
    public record Row(UUID id, SealedText firstName, SealedText lastName, String currentTitle, String currentCompany,
            String location, List<String> skills, List<String> tags, UUID ownerId, Instant lastActivityAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CandidateSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> find(Criteria criteria, CandidateSort.Order order, int offset, int limit) {
        var params = new MapSqlParameterSource();
        String sql = """
                select c.id, c.first_name_enc, c.last_name_enc, c.current_title, c.current_company, c.location,
                       c.skills, c.tags, c.owner_id, c.last_activity_at
                  from candidates c
                """ + where(criteria, params) + orderBy(order, scansTheFirm(criteria)) + " offset :offset limit :limit";
        params.addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(sql, params, CandidateSearch::row);
    }

    public long count(Criteria criteria) {
        var params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from candidates c " + where(criteria, params), params,
                Long.class);
        return count == null ? 0 : count;
    }

    private String where(Criteria criteria, MapSqlParameterSource params) {
        var where = new StringBuilder(" where true");
        if (!criteria.anyOfTerms().isEmpty()) {
            where.append(" and c.id in (select t.candidate_id from candidate_search_terms t where t.term = any(:anyOf))");
            params.addValue("anyOf", criteria.anyOfTerms().toArray(UUID[]::new));
        }
        if (!criteria.allNameTerms().isEmpty() || !criteria.words().isEmpty()) {
            // a name matches by its blind-index terms; title, company and skills by their words. The name matches are
            // looked up first: a sub-select inside the OR would stop the firm's scan from running in parallel.
            var either = new StringBuilder("false");
            if (!criteria.allNameTerms().isEmpty()) {
                either.append(" or c.id = any(:nameMatches)");
                params.addValue("nameMatches", nameMatches(criteria.allNameTerms()));
            }
            if (!criteria.words().isEmpty()) {
                either.append(" or (");
                for (int i = 0; i < criteria.words().size(); i++) {
                    either.append(i == 0 ? "" : " and ").append("c.search_text like :word").append(i);
                    params.addValue("word" + i, LikePattern.containing(criteria.words().get(i)));
                }
                either.append(')');
            }
            where.append(" and (").append(either).append(')');
        }
        if (!criteria.skills().isEmpty()) {
            where.append(criteria.allSkills() ? " and c.skill_keys @> cast(:skills as text[])"
                    : " and c.skill_keys && cast(:skills as text[])");
            params.addValue("skills", lowerCase(criteria.skills()));
        }
        if (criteria.location() != null) {
            where.append(" and lower(c.location) like :location");
            params.addValue("location", LikePattern.containing(criteria.location().toLowerCase(Locale.ROOT)));
        }
        if (!criteria.tags().isEmpty()) {
            where.append(" and c.tag_keys && cast(:tags as text[])");
            params.addValue("tags", lowerCase(criteria.tags()));
        }
        if (criteria.ownerId() != null) {
            where.append(" and c.owner_id = :owner");
            params.addValue("owner", criteria.ownerId());
        }
        if (criteria.onlyIds() != null) {
            where.append(" and c.id = any(:onlyIds)");
            params.addValue("onlyIds", criteria.onlyIds().toArray(UUID[]::new));
        }
        if (criteria.activeAfter() != null) {
            where.append(" and c.last_activity_at >= :activeAfter");
            params.addValue("activeAfter", Timestamp.from(criteria.activeAfter()));
        }
        if (criteria.activeBefore() != null) {
            where.append(" and c.last_activity_at < :activeBefore");
            params.addValue("activeBefore", Timestamp.from(criteria.activeBefore()));
        }
        return where.toString();
    }

    /** The candidates whose names carry every one of the terms (the blind index answers from its term index). */
    private UUID[] nameMatches(List<UUID> allNameTerms) {
        return jdbc.queryForList("""
                select t.candidate_id from candidate_search_terms t where t.term = any(:terms)
                 group by t.candidate_id having count(*) = :termCount""",
                new MapSqlParameterSource("terms", allNameTerms.toArray(UUID[]::new))
                        .addValue("termCount", allNameTerms.size()),
                UUID.class).toArray(UUID[]::new);
    }

    private static String orderBy(CandidateSort.Order order, boolean scansTheFirm) {
        String direction = order.ascending() ? "asc" : "desc";
        String column = switch (order.by()) {
            case LAST_ACTIVITY -> "c.last_activity_at";
            case TITLE -> "c.current_title";
            case COMPANY -> "c.current_company";
            case LOCATION -> "c.location";
        };
        if (scansTheFirm) {
            // Text, skill, tag and location conditions are tested on every row of the firm anyway. Sorting by an
            // expression no index provides lets that scan run in parallel and keep the top rows; walking the sort
            // index instead tests row after row until a page is full, which takes longest when matches are rare,
            // exactly when someone types a specific name (decision 0009).
            column = order.by() == CandidateSort.LAST_ACTIVITY ? column + " + interval '0 seconds'" : column + " || ''";
        }
        // records without the value come last either way; then by id, so pages never overlap or skip
        return " order by " + column + " " + direction + " nulls last, c.id";
    }

    private static boolean scansTheFirm(Criteria criteria) {
        return !criteria.allNameTerms().isEmpty() || !criteria.words().isEmpty() || !criteria.skills().isEmpty()
                || criteria.location() != null || !criteria.tags().isEmpty();
    }

    private static String[] lowerCase(List<String> values) {
        return values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toArray(String[]::new);
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
