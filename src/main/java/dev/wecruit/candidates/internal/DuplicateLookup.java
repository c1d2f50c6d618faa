package dev.wecruit.candidates.internal;

import dev.wecruit.platform.crypto.SealedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queries duplicate detection needs, each one statement for a whole batch: who has any of these blind-index
 * terms, who has both name terms of a pair, and the sealed fields of a set of candidates. Row-level security keeps
 * them to the current firm. Anonymised candidates name no one and are never a duplicate; nor are those merged away.
 */
@Component
public class DuplicateLookup {

    /** The sealed and plain fields detection compares. */
    public record Row(UUID id, SealedText firstName, SealedText lastName, SealedText emails, SealedText phones,
            SealedText linkedinUrl, String currentCompany, String location) {
    }

    /** A probe's index in the batch, and a candidate it found. */
    public record Hit(int probe, UUID candidateId) {
    }

    private static final String COLUMNS = "id, first_name_enc, last_name_enc, emails_enc, phones_enc, "
            + "linkedin_url_enc, current_company, location";

    private final JdbcTemplate jdbc;

    DuplicateLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The candidates who have the term at each place, for every place: {@code probes[i]} is the hit's probe. */
    public List<Hit> withTerms(List<UUID> terms, List<Integer> probes) {
        if (terms.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select d.probe, t.candidate_id
                  from unnest(cast(? as uuid[]), cast(? as int[])) as d(term, probe)
                  join candidate_search_terms t on t.term = d.term
                """, (rs, n) -> new Hit(rs.getInt(1), rs.getObject(2, UUID.class)),
                terms.toArray(UUID[]::new), probes.toArray(Integer[]::new));
    }

    /**
     * The candidates who have both terms of a pair (a first-name prefix and a last-name prefix): the few worth
     * comparing names with, found through the index without reading a name.
     *
     * <p>One statement reads who has each distinct term of the batch, and the pairs are intersected here. Joining
     * the pairs in SQL probed the second term once for every candidate with the first (a thousand index lookups per
     * draft when a prefix is common: 70 s for 10,000 drafts on the benchmark firm); this reads each term's
     * candidates once for the whole batch, so the work is bounded by the firm's name terms, whatever the batch size
     * (decision 0039). Each distinct pair is intersected once, walking the smaller side.
     */
    public List<Hit> withBothTerms(List<UUID> firstTerms, List<UUID> lastTerms, List<Integer> probes) {
        if (firstTerms.isEmpty()) {
            return List.of();
        }
        Set<UUID> distinct = new HashSet<>(firstTerms);
        distinct.addAll(lastTerms);
        Map<UUID, Set<UUID>> holders = new HashMap<>();
        jdbc.query("""
                select t.term, t.candidate_id
                  from unnest(cast(? as uuid[])) as d(term)
                  join candidate_search_terms t on t.term = d.term
                """, rs -> {
            holders.computeIfAbsent(rs.getObject(1, UUID.class), term -> new HashSet<>())
                    .add(rs.getObject(2, UUID.class));
        }, (Object) distinct.toArray(UUID[]::new));
        record Pair(UUID first, UUID last) {
        }
        Map<Pair, List<UUID>> both = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < firstTerms.size(); i++) {
            Pair pair = new Pair(firstTerms.get(i), lastTerms.get(i));
            List<UUID> ids = both.computeIfAbsent(pair, p -> {
                Set<UUID> first = holders.getOrDefault(p.first(), Set.of());
                Set<UUID> last = holders.getOrDefault(p.last(), Set.of());
                Set<UUID> smaller = first.size() <= last.size() ? first : last;
                Set<UUID> larger = smaller == first ? last : first;
                List<UUID> common = new ArrayList<>();
                for (UUID id : smaller) {
                    if (larger.contains(id)) {
                        common.add(id);
                    }
                }
                return common;
            });
            int probe = probes.get(i);
            ids.forEach(id -> hits.add(new Hit(probe, id)));
        }
        return hits;
    }

    /** The candidates among the ids who still name someone. */
    public List<Row> rows(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(ids.size());
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1_000) {
            UUID[] chunk = all.subList(from, Math.min(all.size(), from + 1_000)).toArray(UUID[]::new);
            // a join on the ids, not "id = any(?)": with thousands of ids the planner may scan the table and test
            // each row against the whole array (minutes at 100,000 candidates)
            rows.addAll(jdbc.query("select " + COLUMNS.replaceAll("(^|, )", "$1c.") + " from candidates c"
                    + " join unnest(cast(? as uuid[])) as wanted(id) on c.id = wanted.id"
                    + " where c.anonymised_at is null and c.merged_into is null", DuplicateLookup::row, (Object) chunk));
        }
        return rows;
    }

    /** The next {@code limit} candidates after {@code after} (null: from the start), in id order. */
    public List<Row> after(UUID after, int limit) {
        return after == null
                ? jdbc.query("select " + COLUMNS + " from candidates where anonymised_at is null and merged_into is null"
                        + " order by id limit ?",
                        DuplicateLookup::row, limit)
                : jdbc.query("select " + COLUMNS + " from candidates where anonymised_at is null and merged_into is null"
                        + " and id > ?"
                        + " order by id limit ?", DuplicateLookup::row, after, limit);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), sealed(rs, "first_name_enc"), sealed(rs, "last_name_enc"),
                sealed(rs, "emails_enc"), sealed(rs, "phones_enc"), sealed(rs, "linkedin_url_enc"),
                rs.getString("current_company"), rs.getString("location"));
    }

    private static SealedText sealed(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : new SealedText(value);
    }
}
