package dev.wecruit.candidates.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A set of candidates the term indexes list (decision 0018): one term, or all or any of other matches. Each can say
 * it two ways with the same result: as SQL listing the candidates' ids from the index, and as a test of one row
 * {@code c} of {@code candidates}.
 */
sealed interface Match permits Match.Term, Match.All, Match.Any {

    /** Matches nothing: a condition whose text has no word to look for. */
    Match NOTHING = new Any(List.of());

    /** SQL listing the candidates' ids (possibly more than once for a prefix). */
    String candidateIds(MapSqlParameterSource params);

    /** SQL testing the row {@code c}, with the same result as looking it up. */
    String test(MapSqlParameterSource params);


    /**
     * One term: a blind-index term of a name, email or phone ({@code sealed}), or a profile term, equal or as a
     * prefix.
     */
    record Term(boolean sealed, Object value, boolean prefix) implements Match {

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
    record All(List<Match> parts) implements Match {

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
            return tested(parts, "and", part -> part.test(params));
        }
    }

    /** At least one part matches. */
    record Any(List<Match> parts) implements Match {

        static Match of(List<? extends Match> parts) {
            return parts.isEmpty() ? NOTHING : parts.size() == 1 ? parts.getFirst() : new Any(List.copyOf(parts));
        }

        @Override
        public String candidateIds(MapSqlParameterSource params) {
            return combined(parts, params, "union");
        }

        @Override
        public String test(MapSqlParameterSource params) {
            return tested(parts, "or", part -> part.test(params));
        }
    }

    /** The parts' candidate ids combined by a set operation (each part's own SQL is a select of candidate ids). */
    private static String combined(List<Match> parts, MapSqlParameterSource params, String setOperation) {
        return parts.stream().map(part -> part.candidateIds(params))
                .collect(Collectors.joining(") " + setOperation + " (", "select y.candidate_id from ((", ")) y"));
    }

    /** The parts' row tests, each made by {@code test}, joined by a logical operator. */
    static String tested(List<Match> parts, String operator, Function<Match, String> test) {
        return parts.stream().map(test).collect(Collectors.joining(" " + operator + " ", "(", ")"));
    }

    static String bind(MapSqlParameterSource params, String sqlBeforeName, Object value) {
        String name = "p" + params.getValues().size();
        params.addValue(name, value);
        return sqlBeforeName + name;
    }
}
