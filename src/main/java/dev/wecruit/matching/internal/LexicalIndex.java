package dev.wecruit.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lexical half of retrieval: BM25 over the English lexemes PostgreSQL's full-text search makes of each PII-free
 * profile ({@code to_tsvector('english', ...)}: its parser, stop words and Snowball stemmer), kept as postings in
 * {@code candidate_match_lexemes}, with their document frequencies in {@code candidate_match_lexicon} (kept by
 * triggers). Scoring reads postings by equality on {@code (tenant_id, lexeme)}, which row-level security lets the app
 * role do on the index (decision 0019). A long query (a job's whole text) is cut to its {@link #QUERY_LEXEMES}
 * weightiest lexemes, leaving out those in more than {@link #COMMON_SHARE} of the firm's profiles, and to
 * {@link #POSTINGS_BUDGET} postings, rarest first: the common ones carry almost no weight, and reading them would cost
 * more than the rest together. Runs on the caller's transaction.
 */
@Component
class LexicalIndex {

    /** BM25's term-frequency saturation and length normalisation, the usual values. */
    static final double K1 = 1.2;
    static final double B = 0.75;

    /** The postings one ranking reads at most. */
    static final long POSTINGS_BUDGET = 60_000;

    /** The query lexemes one ranking uses at most, by weight. */
    static final int QUERY_LEXEMES = 32;

    /** A lexeme in more of the firm's profiles than this share is left out of queries, like a stop word. */
    static final double COMMON_SHARE = 0.2;

    /** ... in a firm of at least this many profiles: in a small one every word is rare enough to read. */
    static final long COMMON_FROM = 5_000;

    /** A firm's count and average length are read again after this; a small firm's (below CACHED_FROM) each time. */
    private static final Duration STATISTICS_AGE = Duration.ofMinutes(1);
    private static final long CACHED_FROM = 1_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<UUID, Statistics> statistics = new ConcurrentHashMap<>();

    LexicalIndex(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes a candidate's postings again from their profile text; the profile row must exist. */
    void replace(UUID tenantId, UUID candidateId, String text) {
        // one writer of the firm's lexicon at a time: its counts are shared rows (released at commit)
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", tenantId + ":lexicon");
        jdbc.update("delete from candidate_match_lexemes where tenant_id = ? and candidate_id = ?", tenantId,
                candidateId);
        jdbc.update("""
                with lexemes as (
                    select lexeme, least(cardinality(positions), 32767) as frequency
                      from unnest(to_tsvector('pg_catalog.english', ?)) where cardinality(positions) > 0),
                     size as (select coalesce(sum(frequency), 0)::integer as n from lexemes),
                     postings as (
                    insert into candidate_match_lexemes (tenant_id, lexeme, candidate_id, frequency, profile_size)
                    select ?, lexeme, ?, frequency, (select n from size) from lexemes)
                update candidate_match_profiles set lexeme_count = (select n from size)
                 where tenant_id = ? and candidate_id = ?
                """, text, tenantId, candidateId, tenantId, candidateId);
    }

    /** The firm's candidates by BM25 score for the query text, best first. */
    Map<UUID, Double> rank(UUID tenantId, String query, int limit) {
        List<String> lexemes = new ArrayList<>();
        List<Integer> queryFrequencies = new ArrayList<>();
        jdbc.query("""
                select lexeme, cardinality(positions) from unnest(to_tsvector('pg_catalog.english', ?))
                 where cardinality(positions) > 0
                """, row -> {
            lexemes.add(row.getString(1));
            queryFrequencies.add(Math.min(row.getInt(2), 3));
        }, query);
        if (lexemes.isEmpty()) {
            return Map.of();
        }
        Statistics firm = statistics(tenantId);
        if (firm.profiles() == 0) {
            return Map.of();
        }
        Map<String, Long> documentFrequency = new LinkedHashMap<>();
        jdbc.query("""
                select lexeme, profiles from candidate_match_lexicon
                 where tenant_id = ? and lexeme = any (?) and profiles > 0
                """, row -> {
            documentFrequency.put(row.getString(1), row.getLong(2));
        }, tenantId, lexemes.toArray(String[]::new));
        record Weighted(String lexeme, long df, double weight) {
        }
        List<Weighted> chosen = documentFrequency.entrySet().stream()
                .filter(entry -> firm.profiles() < COMMON_FROM || entry.getValue() <= COMMON_SHARE * firm.profiles())
                .map(entry -> new Weighted(entry.getKey(), entry.getValue(),
                        Math.log(1 + (firm.profiles() - entry.getValue() + 0.5) / (entry.getValue() + 0.5))
                                * queryFrequencies.get(lexemes.indexOf(entry.getKey()))))
                .sorted((a, b) -> Double.compare(b.weight(), a.weight()))
                .limit(QUERY_LEXEMES)
                .sorted((a, b) -> Long.compare(a.df(), b.df()))
                .toList();
        List<String> kept = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        long postings = 0;
        for (Weighted lexeme : chosen) {
            if (postings + lexeme.df() > POSTINGS_BUDGET && !kept.isEmpty()) {
                break;
            }
            postings += lexeme.df();
            kept.add(lexeme.lexeme());
            weights.add(lexeme.weight());
        }
        if (kept.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Double> ranked = new LinkedHashMap<>();
        jdbc.query("""
                select l.candidate_id,
                       sum(q.weight * l.frequency * (? + 1)
                           / (l.frequency + ? * (1 - ? + ? * l.profile_size / ?))) as score
                  from unnest(?::text[], ?::float8[]) as q (lexeme, weight)
                  join candidate_match_lexemes l on l.tenant_id = ? and l.lexeme = q.lexeme
                 group by l.candidate_id
                 order by score desc, l.candidate_id
                 limit ?
                """, row -> {
            ranked.put(row.getObject(1, UUID.class), row.getDouble(2));
        }, K1, K1, B, B, firm.averageSize(), kept.toArray(String[]::new), weights.toArray(Double[]::new),
                tenantId, limit);
        return ranked;
    }

    private Statistics statistics(UUID tenantId) {
        Statistics known = statistics.get(tenantId);
        if (known != null && known.takenAt().plus(STATISTICS_AGE).isAfter(clock.instant())) {
            return known;
        }
        Statistics fresh = jdbc.queryForObject("""
                select count(*), coalesce(avg(lexeme_count), 0) from candidate_match_profiles
                 where tenant_id = ? and lexeme_count > 0
                """, (row, n) -> new Statistics(row.getLong(1), Math.max(1, row.getDouble(2)), clock.instant()),
                tenantId);
        if (fresh.profiles() >= CACHED_FROM) {
            statistics.put(tenantId, fresh);
        }
        return fresh;
    }

    private record Statistics(long profiles, double averageSize, Instant takenAt) {
    }
}
