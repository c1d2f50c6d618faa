package dev.wecruit.candidates.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Skills and tags to suggest as a recruiter types a filter: the firm's own, from the term index, most common first.
 * The index is walked term by term (each distinct term is one index descent, however many candidates have it), and
 * each is counted only up to {@value #COUNTED_UP_TO}: past that, "more common" no longer helps anyone choose.
 */
@Repository
public class TermSuggestions {

    /** What is suggested. */
    public enum Kind {
        SKILL(ProfileTerms.SKILL, "skills", ProfileTerms::skill),
        TAG(ProfileTerms.TAG, "tags", ProfileTerms::tag);

        private final String termPrefix;
        private final String column;
        private final Function<String, Optional<String>> termOf;

        Kind(String termPrefix, String column, Function<String, Optional<String>> termOf) {
            this.termPrefix = termPrefix;
            this.column = column;
            this.termOf = termOf;
        }
    }

    static final int COUNTED_UP_TO = 1_000;
    private static final int DISTINCT_TERMS = 200;

    private final NamedParameterJdbcTemplate jdbc;

    TermSuggestions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of the kind that start with the text, as candidates spell them, most common first. */
    public List<String> startingWith(Kind kind, String text, int limit) {
        String prefix = kind.termOf.apply(text == null ? "" : text).orElse(kind.termPrefix);
        record Found(String term, long count, UUID sample) {
        }
        List<Found> found = jdbc.query("""
                with recursive found (term) as (
                    (select p.term from candidate_profile_terms p
                      where p.term ^@ cast(:prefix as text) collate "C" order by p.term limit 1)
                    union all
                    select (select p.term from candidate_profile_terms p
                             where p.term > f.term and p.term ^@ cast(:prefix as text) collate "C"
                             order by p.term limit 1)
                      from found f where f.term is not null)
                select f.term,
                       (select count(*) from (select 1 from candidate_profile_terms p where p.term = f.term
                                               limit :countedUpTo) x) as candidates,
                       (select p.candidate_id from candidate_profile_terms p where p.term = f.term limit 1) as sample
                  from found f where f.term is not null limit :distinct
                """, new MapSqlParameterSource("prefix", prefix).addValue("countedUpTo", COUNTED_UP_TO)
                        .addValue("distinct", DISTINCT_TERMS),
                (rs, row) -> new Found(rs.getString("term"), rs.getLong("candidates"),
                        rs.getObject("sample", UUID.class)));
        List<Found> top = found.stream()
                .sorted(Comparator.comparingLong(Found::count).reversed().thenComparing(Found::term))
                .limit(limit).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        // the terms are folded ("spring boot"); show the value as a candidate of the firm spells it ("Spring Boot")
        Map<UUID, List<String>> values = new HashMap<>();
        jdbc.query("select id, " + kind.column + " as vals from candidates where id = any(:ids)",
                new MapSqlParameterSource("ids", top.stream().map(Found::sample).distinct().toArray(UUID[]::new)),
                rs -> {
                    values.put(rs.getObject("id", UUID.class), CandidateSearch.strings(rs.getArray("vals")));
                });
        return top.stream().map(term -> values.getOrDefault(term.sample(), List.of()).stream()
                        .filter(value -> kind.termOf.apply(value).filter(term.term()::equals).isPresent())
                        .findFirst())
                .flatMap(Optional::stream).toList();
    }
}
